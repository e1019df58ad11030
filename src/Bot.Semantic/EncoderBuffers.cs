namespace Bot.Semantic;

/// <summary>
/// The encoder's input and output arrays (word-piece ids, attention mask, token types, last hidden state), kept
/// between runs so that a question does not allocate a new set each time. ONNX Runtime reads and writes them in
/// place (pinned for the run). Arrays up to <see cref="KeptTokens"/> word pieces (a batch of 8 questions of 64
/// pieces each; the dev questions have 10 to 25) are kept; a larger batch, such as an index build's, gets arrays of
/// its own that the GC takes back.
/// </summary>
internal sealed class EncoderBuffers(int dimensions)
{
    /// <summary>Word pieces (batch size × padded length) whose arrays are kept: 0.8 MB of hidden state.</summary>
    public const int KeptTokens = 8 * 64;

    private long[] _ids = [];
    private long[] _mask = [];
    private long[] _types = [];
    private float[] _hidden = [];

    public long[] Ids => _ids;

    public long[] Mask => _mask;

    public long[] Types => _types;

    public float[] Hidden => _hidden;

    /// <summary>Whether the arrays are the kept ones (not a large run's, which should go to the GC).</summary>
    public bool IsKeptSize => _ids.Length == KeptTokens;

    /// <summary>Makes room for <paramref name="tokens"/> word pieces, all ids, masks and types zero (padding).</summary>
    public void Prepare(int tokens)
    {
        if (tokens > KeptTokens)
        {
            _ids = new long[tokens];
            _mask = new long[tokens];
            _types = new long[tokens];
            _hidden = new float[tokens * dimensions];
            return;
        }

        if (_ids.Length != KeptTokens)
        {
            // On the pinned object heap: ONNX Runtime pins them for each run, and a pinned array in gen0 keeps the GC
            // from compacting around it (the gen0 space it leaves stays committed).
            _ids = GC.AllocateArray<long>(KeptTokens, pinned: true);
            _mask = GC.AllocateArray<long>(KeptTokens, pinned: true);
            _types = GC.AllocateArray<long>(KeptTokens, pinned: true);
            _hidden = GC.AllocateArray<float>(KeptTokens * dimensions, pinned: true);
        }

        Array.Clear(_ids, 0, tokens);
        Array.Clear(_mask, 0, tokens);
        Array.Clear(_types, 0, tokens);
    }
}

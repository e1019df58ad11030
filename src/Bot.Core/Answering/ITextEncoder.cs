namespace Bot.Core.Answering;

/// <summary>Turns text into a unit-length embedding, so that a dot product is the cosine similarity.</summary>
public interface ITextEncoder
{
    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>
    /// Names the model and everything that changes its vectors (pooling, text preparation), so stored vectors from
    /// another encoder or an older version of this one are recomputed rather than compared with new ones.
    /// </summary>
    string Identity { get; }

    /// <summary>Encodes texts in one batch; each result has <see cref="Dimensions"/> values and length 1.</summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts);
}

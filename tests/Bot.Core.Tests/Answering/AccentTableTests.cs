using System.Globalization;
using System.Text;
using Bot.Core.Answering;
using Bot.Testing;

namespace Bot.Core.Tests.Answering;

/// <summary>
/// The accent table (src/Bot.Core/Answering/AccentTable.cs) against ICU's normalization, which it replaces so that the
/// program runs without ICU (InvariantGlobalization). This project keeps ICU on to have it as the reference.
/// Regenerate the table: <c>BOT_WRITE_ACCENT_TABLE=1 dotnet test tests/Bot.Core.Tests --filter AccentTable</c>.
/// </summary>
public sealed class AccentTableTests
{
    private const string RegenerateHint = "regenerate it: BOT_WRITE_ACCENT_TABLE=1 dotnet test tests/Bot.Core.Tests --filter AccentTable";

    [Fact]
    public void AccentTable_EveryCharacter_IsWhatIcuGives()
    {
        // Arrange
        AssertIcuIsOn();
        var expected = IcuTable();
        if (Environment.GetEnvironmentVariable("BOT_WRITE_ACCENT_TABLE") == "1")
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "src", "Bot.Core", "Answering", "AccentTable.cs"), Source(expected));
        }

        // Act
        var table = TextFolding.AccentTableForTests;

        // Assert: every BMP character exactly; beyond the BMP, what the table holds (a newer ICU may know new
        // characters, which the table gains when regenerated).
        var wrong = expected.Where(e => e.Key <= 0xFFFF && (!table.TryGetValue(e.Key, out var v) || v != e.Value))
            .Select(e => $"U+{e.Key:X4}")
            .Concat(table.Where(t => !expected.TryGetValue(t.Key, out var v) || v != t.Value).Select(t => $"U+{t.Key:X4}"))
            .Distinct()
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} entries differ from ICU ({string.Join(", ", wrong.Take(10))}); {RegenerateHint}");
    }

    [Fact]
    public void Fold_EverySingleCharacter_IsWhatIcuGives()
    {
        // Arrange
        AssertIcuIsOn();
        var wrong = new List<string>();

        // Act
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var text = char.ConvertFromUtf32(cp);
            if (IsRejectedByIcu(text))
            {
                continue; // U+FFFE, U+FFFF: string.Normalize threw on them; folding keeps them
            }

            if (TextFolding.Fold(text) != IcuFold(text) || TextFolding.RemoveAccents(text) != IcuRemoveAccents(text))
            {
                wrong.Add($"U+{cp:X4}");
            }
        }

        // Assert (beyond the BMP a newer ICU may know characters that the table does not yet)
        var inBmp = wrong.Where(w => w.Length == 6).ToList();
        Assert.True(inBmp.Count == 0, $"{inBmp.Count} characters fold otherwise than with ICU ({string.Join(", ", inBmp.Take(10))}); {RegenerateHint}");
    }

    [Fact]
    public void Fold_SeedsAndDevQuestions_AreWhatIcuGives()
    {
        // Arrange
        AssertIcuIsOn();
        var texts = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").SelectMany(File.ReadLines)
            .Concat(File.ReadLines(RepoPaths.DevQuestions))
            .Concat(["Muñoz’s café in São Paulo, Ångström, Ðoàn Thị Điểm, İstanbul, Œuvre, ﬁne, Ⅻ, ½, 한국어, Ελλάδα, Россия"])
            .ToList();

        // Act
        var wrong = texts.Where(t => TextFolding.Fold(t) != IcuFold(t) || TextFolding.RemoveAccents(t) != IcuRemoveAccents(t)).ToList();

        // Assert
        Assert.True(wrong.Count == 0, $"folded otherwise than with ICU: {string.Join(" | ", wrong.Take(3))}");
    }

    /// <summary>What TextFolding.Fold did with ICU: decompose, drop nonspacing marks, map quotes and case, recompose.</summary>
    private static string IcuFold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch
                {
                    '\u2018' or '\u2019' => '\'',
                    '\u201C' or '\u201D' => '"',
                    '\u2013' or '\u2014' => '-',
                    _ => char.ToLowerInvariant(c),
                });
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>What the MiniLM encoder did with ICU before tokenizing: decompose, drop nonspacing marks, recompose.</summary>
    private static string IcuRemoveAccents(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Every character that ICU changes once its accents are removed; nonspacing marks of the BMP, which are dropped outright, left out.</summary>
    private static SortedDictionary<int, string> IcuTable()
    {
        var table = new SortedDictionary<int, string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF
                || (cp <= 0xFFFF && CharUnicodeInfo.GetUnicodeCategory((char)cp) == UnicodeCategory.NonSpacingMark))
            {
                continue;
            }

            var text = char.ConvertFromUtf32(cp);
            if (IsRejectedByIcu(text))
            {
                continue;
            }

            var bare = IcuRemoveAccents(text);
            if (bare != text)
            {
                table[cp] = bare;
            }
        }

        return table;
    }

    private static string Source(SortedDictionary<int, string> table)
    {
        var sb = new StringBuilder();
        foreach (var line in new[]
        {
            "// Generated by AccentTableTests (tests/Bot.Core.Tests) from ICU's normalization; regenerate, do not edit:",
            "//   BOT_WRITE_ACCENT_TABLE=1 dotnet test tests/Bot.Core.Tests --filter AccentTable",
            "namespace Bot.Core.Answering;",
            "",
            "/// <summary>",
            "/// What each character becomes without its accents (canonical decomposition, nonspacing marks dropped,",
            "/// recomposed), for every character that changes; nonspacing marks themselves are dropped by TextFolding.",
            "/// </summary>",
            "internal static class AccentTable",
            "{",
            "    /// <summary>One line per character: its code point, then the code points it becomes, in hex.</summary>",
            "    public const string Lines = \"\"\"",
        })
        {
            sb.Append(line).Append('\n');
        }

        foreach (var (cp, bare) in table)
        {
            sb.Append("        ").Append(cp.ToString("X4", CultureInfo.InvariantCulture));
            foreach (var rune in bare.EnumerateRunes())
            {
                sb.Append(' ').Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        sb.Append("        \"\"\";\n}\n");
        return sb.ToString();
    }

    private static bool IsRejectedByIcu(string text)
    {
        try
        {
            _ = text.Normalize(NormalizationForm.FormD);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static void AssertIcuIsOn() =>
        Assert.True("é".Normalize(NormalizationForm.FormD).Length == 2, "These tests need ICU: Bot.Core.Tests must not run in invariant globalization mode.");
}

using System.Text;

namespace Bot.Store.Tests;

/// <summary>A strict RFC 4180 reader, to check that exported CSV reads back field for field.</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '"' or '\r' or '\n', $"Unquoted special character at {i}.");
                field.Append(c);
            }
        }

        Assert.False(quoted, "A quoted field was never closed.");
        Assert.True(field.Length == 0 && row.Count == 0, "The last row did not end with CRLF.");
        return rows;
    }
}

using Bot.Core.Pins;

namespace Bot.Core.Tests.Pins;

public sealed class PinExportCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1 tariffs", "'+1 tariffs")]
    [InlineData("@channel", "'@channel")]
    [InlineData("-oops", "'-oops")]
    [InlineData("plain, with comma", "\"plain, with comma\"")]
    [InlineData("plain", "plain")]
    public void CsvField_UserText_CannotBecomeAFormula(string text, string expected)
    {
        // Act
        var field = PinExport.CsvField(text);

        // Assert
        Assert.Equal(expected, field);
    }

    [Fact]
    public void CsvField_NegativeNumber_StaysANumber()
    {
        // Act
        var field = PinExport.CsvField(-3);

        // Assert
        Assert.Equal("-3", field);
    }
}

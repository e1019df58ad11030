namespace Bot.Host.Server.Logging;

/// <summary>
/// One line per event on the console, UTC timestamps, message templates with named values. Tokens, secrets and
/// signatures never reach a log: nothing logs configuration values or request headers, and HttpClient's own
/// request logging is off because it writes full URLs, and Discord follow-up URLs carry the interaction token
/// (https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages).
/// </summary>
internal static class LoggingSetup
{
    public static ILoggingBuilder AddBotLogging(this ILoggingBuilder logging)
    {
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        logging.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        return logging;
    }
}

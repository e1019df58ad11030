namespace Bot.Slack.Requests;

/// <summary>A signed request whose body is not what Slack documents: answered with 400, never 500.</summary>
public sealed class SlackPayloadException : Exception
{
    public SlackPayloadException(string message)
        : base(message)
    {
    }

    public SlackPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackPayloadException()
        : this("The Slack payload is malformed.")
    {
    }
}

namespace Bot.Host.Startup;

/// <summary>What a verb uses, and so what <see cref="StartupCheck"/> checks before it runs.</summary>
[Flags]
internal enum StartupNeeds
{
    /// <summary>Only the configuration's values.</summary>
    Configuration = 0,

    /// <summary>Loads the seeds before anything else (the server, which would otherwise find out in the background).</summary>
    Seeds = 1,

    /// <summary>Opens or builds the index.</summary>
    Index = 2,

    /// <summary>Opens or creates the pinboard.</summary>
    Pinboard = 4,
}

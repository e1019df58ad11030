using Xunit;

namespace Bot.Testing.Postgres;

/// <summary>The first line of every PostgreSQL test: skips it, saying why, where PostgreSQL is not installed (unless CI requires it).</summary>
public static class PostgresSkip
{
    /// <summary>Skips the running [SkippableFact] when PostgreSQL is missing and not required; otherwise returns the server.</summary>
    public static PostgresServer ServerOrSkip()
    {
        Skip.If(PostgresInstall.MissingReason is not null && !PostgresInstall.Required, PostgresInstall.MissingReason);
        return PostgresServer.Shared;
    }
}

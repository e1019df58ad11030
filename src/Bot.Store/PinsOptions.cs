using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Bot.Store;

/// <summary>Where the pinboard lives (configuration section "Pins").</summary>
public sealed class PinsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Pins";

    /// <summary>SQLite (the default) or PostgreSQL.</summary>
    public PinStoreProvider Provider { get; set; } = PinStoreProvider.Sqlite;

    /// <summary>The SQLite database file; its folder is created on first use. The host resolves a relative path beside the seeds folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Pins:Path must name the pinboard's database file.")]
    public string Path { get; set; } = "data/pins.db";

    /// <summary>With <see cref="PinStoreProvider.Postgres"/>: Npgsql's connection string. A secret (it may hold a password).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// With <see cref="PinStoreProvider.Postgres"/>: this replica's name in the shared work journal, so that on start it
    /// redoes its own unfinished work and not another live replica's. Defaults to the host name (a container's
    /// <c>hostname</c>); set it when two replicas share a machine.
    /// </summary>
    public string? ReplicaId { get; set; }

    /// <summary><see cref="ReplicaId"/>, else the machine's name.</summary>
    public string Replica => string.IsNullOrWhiteSpace(ReplicaId) ? Environment.MachineName : ReplicaId;

    /// <summary>The rules that span keys; messages name the key, never the connection string's value.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult("Pins:Provider must be Sqlite or Postgres.", [nameof(Provider)]);
        }

        if (Provider != PinStoreProvider.Postgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Pins:ConnectionString is missing: Pins:Provider is Postgres, which needs an Npgsql connection string (Host=…;Database=…;Username=…; set it in the environment as Pins__ConnectionString).",
                [nameof(ConnectionString)]);
        }
        else if (!IsConnectionString(ConnectionString))
        {
            yield return new ValidationResult(
                "Pins:ConnectionString is not an Npgsql connection string (Host=…;Port=…;Database=…;Username=…;Password=…) with a Host.",
                [nameof(ConnectionString)]);
        }
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            return false;
        }
    }
}

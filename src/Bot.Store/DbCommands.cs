using System.Data.Common;

namespace Bot.Store;

/// <summary>Parameters for any ADO.NET provider: SQLite and Npgsql both take "@name" placeholders.</summary>
internal static class DbCommands
{
    /// <summary>Adds a parameter; null is stored as SQL NULL.</summary>
    public static void AddWithValue(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

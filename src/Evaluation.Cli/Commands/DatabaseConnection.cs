using System;
using System.CommandLine;
using System.IO;
using Npgsql;

namespace Evaluation.Cli.Commands;

/// <summary>
/// The <c>--connection</c> option: a PostgreSQL connection string, given as <c>env:NAME</c> (an environment
/// variable), <c>file:PATH</c> (a file's first line) or the text itself. The string is never printed: problems name
/// where it came from, not what it holds.
/// </summary>
internal static class DatabaseConnection
{
    internal static Option<string?> Option() => new("--connection")
    {
        Description = "The PostgreSQL database: env:NAME (an environment variable holding the connection string), file:PATH (a file holding it) or the connection string itself.",
    };

    /// <summary>Opens a data source for the option's value, or writes why it cannot and returns null.</summary>
    internal static NpgsqlDataSource? TryOpen(string given, TextWriter error)
    {
        if (TryResolve(given, error) is not (string text, string where))
        {
            return null;
        }
        try
        {
            return NpgsqlDataSource.Create(text);
        }
        catch (ArgumentException)
        {
            // The driver's message may quote the string; only where it came from is said.
            error.WriteLine($"The connection string in {where} is not one PostgreSQL's driver accepts (keywords such as Host=...;Database=...;Username=...).");
            return null;
        }
    }

    /// <summary>The connection string an option's value gives (env:NAME, file:PATH or the string) and where it came from, or null after writing why there is none.</summary>
    internal static (string Text, string Where)? TryResolve(string given, TextWriter error, string option = "--connection")
    {
        string? text;
        string where;
        if (given.StartsWith("env:", StringComparison.Ordinal))
        {
            where = "the environment variable " + given[4..];
            text = Environment.GetEnvironmentVariable(given[4..]);
        }
        else if (given.StartsWith("file:", StringComparison.Ordinal))
        {
            where = "the file " + given[5..];
            text = File.Exists(given[5..]) ? File.ReadAllLines(given[5..]) is [var first, ..] ? first.Trim() : string.Empty : null;
        }
        else
        {
            where = option;
            text = given;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            error.WriteLine($"No connection string in {where}.");
            return null;
        }
        return (text, where);
    }

    /// <summary>A database failure's message for the user: the driver's, which names the server but never the password.</summary>
    internal static string Describe(NpgsqlException e) => "The database failed: " + (e is PostgresException p ? p.MessageText + " (" + p.SqlState + ")" : e.Message);
}

using System;
using System.CommandLine;
using System.IO;
using Evaluation.IO;
using Evaluation.Npgsql.Loading;
using Npgsql;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation load</c>: validates a directory and writes its accepted records into PostgreSQL.</summary>
internal static class LoadCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("DIR") { Description = "The directory with the CSV exports (or Excel workbooks)." };
        var connection = DatabaseConnection.Option();
        var policy = Options.Policy();
        var holidays = CalendarOptions.Holidays();
        var provisional = CalendarOptions.Provisional();
        var rejectsFile = new Option<string?>("--rejects") { Description = "Write every rejected row with its reasons to this CSV file (default: rejects.csv in the current directory, never inside DIR)." };
        var command = new Command("load", "Validate a directory and write its accepted records into PostgreSQL with binary COPY, a transaction per file; loading again adds nothing twice.")
        {
            directory, connection, policy, rejectsFile, holidays, provisional,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(connection) is not string given)
            {
                error.WriteLine("Give the database with --connection (env:NAME, file:PATH or a connection string).");
                return Exit.Usage;
            }
            using CheckedInput? opened = CheckedInput.TryOpen(parse, directory, policy, holidays, provisional, error);
            if (opened is null)
            {
                return Exit.Usage;
            }
            string dir = parse.GetValue(directory)!;
            using NpgsqlDataSource? dataSource = DatabaseConnection.TryOpen(given, error);
            if (dataSource is null)
            {
                return Exit.Usage;
            }
            LoadResult result;
            try
            {
                result = DirectoryLoader.LoadAsync(dataSource, opened.Input, opened.Policy, opened.Calendar.Deadlines, Progress.For(error)).GetAwaiter().GetResult();
            }
            catch (NpgsqlException e)
            {
                error.WriteLine(DatabaseConnection.Describe(e));
                return Exit.Usage;
            }
            foreach (string e in result.FileErrors)
            {
                error.WriteLine(opened.Named(e));
            }
            if ((parse.GetValue(rejectsFile) ?? ValidateCommand.DefaultRejectsPath(dir)) is string path)
            {
                RejectsFile.Write(path, opened.Located(result.Rejects));
            }
            foreach (LoadedFile file in result.Files)
            {
                output.WriteLine(FormattableString.Invariant(
                    $"{opened.SourceName(file.File)}: read {file.Read}, rejected {file.Rejected}, written {file.Written}, already present {file.AlreadyPresent}"));
            }
            return result.FileErrors.Count > 0 ? Exit.Usage : result.Rejects.Count > 0 ? Exit.Rejects : Exit.Success;
        });
        return command;
    }
}

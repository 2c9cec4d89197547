using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Validation;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>
/// Valid exports changed at random (<see cref="Mutation"/>) go through <c>validate</c> and <c>report</c> in process: each
/// command ends with exit code 0, 1 or 2, never an escaped exception, and for every file read the rows accepted and
/// rejected add up to the rows read, both when reading and after validation.
/// </summary>
public class MutatedExportProperties
{
    [Property(MaxTest = 150)]
    public Property Mutated_exports_end_with_an_exit_code_and_account_for_every_row()
    {
        Gen<(List<string[]>[] Files, (int Kind, Mutation Change)[] Changes)> exports =
            from files in ExportRows.Kinds.Aggregate(Gen.Constant(ImmutableList<List<string[]>>.Empty),
                (all, kind) => all.SelectMany(before => ExportRows.File(kind, 10).Select(before.Add)))
            from changes in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, ExportRows.Kinds.Count - 1).SelectMany(k => Mutation.Any.Select(m => (k, m))), n))
            select (files.ToArray(), changes);
        return Prop.ForAll(exports.ToArbitrary(), export =>
        {
            using var directory = new TemporaryDirectory();
            using var elsewhere = new TemporaryDirectory();
            Directory.CreateDirectory(directory.Path);
            Directory.CreateDirectory(elsewhere.Path);
            for (int k = 0; k < ExportRows.Kinds.Count; k++)
            {
                Mutation? change = export.Changes.FirstOrDefault(c => c.Kind == k).Change;
                byte[] bytes = change?.Apply(export.Files[k]) ?? Mutation.Utf8(export.Files[k]);
                File.WriteAllBytes(Path.Combine(directory.Path, CsvSchema.FileName(ExportRows.Kinds[k])), bytes);
            }
            int[] codes =
            [
                Run("validate", directory.Path, "--rejects", Path.Combine(elsewhere.Path, "rejects.csv")),
                Run("report", directory.Path),
                Run("report", directory.Path, "--by", "matter,unit", "--period", "month", "--format", "json"),
            ];
            return codes.All(code => code is 0 or 1 or 2).Label($"exit codes {string.Join(", ", codes)}")
                .And(Accounted(directory.Path).Label("accepted + rejected = read, for every file"))
                .And((Directory.GetFiles(directory.Path).Length == ExportRows.Kinds.Count).Label("nothing written into the input directory"));
        });
    }

    private static int Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return Program.Run(args, output, error, guard: false);
    }

    /// <summary>For every file, as read and after validation, and the same counts when read into tables.</summary>
    private static bool Accounted(string directory)
    {
        DirectoryContents contents = DataDirectory.Read(directory);
        ValidationReport validation = new RecordSetValidator(EvaluationPolicy.Henan, DeadlineCalculator.China).Validate(contents.Records);
        RecordSet accepted = validation.Accepted;
        var acceptedByFile = new[]
        {
            Files(accepted.Cases), Files(accepted.Ratings), Files(accepted.Appeals), Files(accepted.Rectifications), Files(accepted.FollowUps),
            Files(accepted.Matters), Files(accepted.Units), Files(accepted.Departments), Files(accepted.Windows),
        }.SelectMany(f => f).GroupBy(f => f).ToDictionary(g => g.Key, g => (long)g.Count());
        var rejectedByFile = validation.Rejected.GroupBy(r => r.Source?.File ?? "").ToDictionary(g => g.Key, g => (long)g.Count());
        ColumnarDirectory tables = ColumnarDirectory.Read(directory, null);
        foreach (CsvFileSummary file in contents.Files)
        {
            CsvFileSummary? inTables = tables.Others.Files.SingleOrDefault(f => f.File == file.File);
            bool read = file.Records + file.Rejected == file.Read;
            bool validated = file.Error is not null
                || acceptedByFile.GetValueOrDefault(file.File) + rejectedByFile.GetValueOrDefault(file.File) == file.Records;
            bool same = inTables is not null && inTables.Read == file.Read && inTables.Rejected == file.Rejected && inTables.Error == file.Error;
            if (!read || !validated || !same)
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<string> Files<T>(IEnumerable<Sourced<T>> records)
        where T : class => records.Select(r => r.Source?.File ?? "");
}

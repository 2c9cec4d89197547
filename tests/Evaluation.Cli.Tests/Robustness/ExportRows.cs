using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>Rows of every file kind as fields, mostly well formed, with the values other platforms' exports carry.</summary>
internal static class ExportRows
{
    private static Gen<string> Pick(params string[] values) => Gen.Elements(values);

    internal static Gen<string> Instant() =>
        Gen.Choose(0, 40 * 24).Select(h => new DateTimeOffset(2023, 11, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The fields of one row of a kind, in the order of <see cref="CsvSchema.AllColumns"/>.</summary>
    internal static Gen<string[]> Row(CsvFileKind kind) => kind switch
    {
        CsvFileKind.Cases =>
            from n in Gen.Choose(1, 8)
            from matter in Pick("M1", "M2", "M9")
            from unit in Pick("410202", "410203")
            from accepted in Instant()
            from done in Pick("", "x")
            from window in Pick("", "W1")
            select new[] { $"C{n}", matter, unit, "", window, accepted, done.Length == 0 ? "" : accepted },
        CsvFileKind.Ratings =>
            from id in Gen.Choose(1, 12)
            from n in Gen.Choose(0, 8)
            from level in Gen.Choose(1, 5)
            from channel in Pick("pc", "device", "qr_static", "app")
            from at in Instant()
            from tags in Pick("", "slow", "slow;attitude")
            from comment in Pick("", "办理时间过长", "多行\n意见", "含,逗号", "\"引号\"")
            select new[] { $"R{id}", n == 0 ? "" : $"C{n}", "M1", "410202", "", "", channel, $"{level}", "active", "true", at, tags, comment },
        CsvFileKind.Appeals =>
            from id in Gen.Choose(1, 4)
            from rating in Gen.Choose(1, 12)
            from filed in Instant()
            from decision in Pick("upheld", "rejected", "pending")
            from ground in Pick("", "mistaken", "malicious", "untrue")
            select new[] { $"A{id}", $"R{rating}", filed, decision == "pending" ? "" : filed, decision, ground },
        CsvFileKind.Rectifications =>
            from rating in Gen.Choose(1, 12)
            from at in Instant()
            from outcome in Pick("", "fixed_at_once", "scheduled", "explained")
            select new[] { $"R{rating}", at, at, at, outcome },
        CsvFileKind.FollowUps =>
            from n in Gen.Choose(1, 8)
            from at in Instant()
            from satisfied in Pick("true", "false")
            select new[] { $"C{n}", at, "phone", satisfied },
        CsvFileKind.Matters =>
            from m in Pick("M1", "M2")
            from days in Pick("", "5", "20")
            select new[] { m, "事项", "D1", "licence", days },
        CsvFileKind.Units =>
            from u in Pick("410202", "410203", "KFSFQ")
            from division in Pick("410202000000", "410202", "410202001", "")
            from level in Pick("", "county", "functional_zone")
            select new[] { u, "龙亭区", division, "", level },
        CsvFileKind.Departments => Gen.Constant(new[] { "D1", "人力资源和社会保障局", "410202" }),
        _ => Gen.Constant(new[] { "W1", "帮办代办窗口", "410202", "", "assisted" }),
    };

    /// <summary>A file of a kind: its header and up to <paramref name="max"/> rows.</summary>
    internal static Gen<List<string[]>> File(CsvFileKind kind, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ListOf(Row(kind), n)).Select(rows =>
        {
            var file = new List<string[]> { CsvSchema.AllColumns(kind).ToArray() };
            file.AddRange(rows);
            return file;
        });

    internal static IReadOnlyList<CsvFileKind> Kinds { get; } = Enum.GetValues<CsvFileKind>();
}

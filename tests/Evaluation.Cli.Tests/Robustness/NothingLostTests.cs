using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>
/// Nothing is lost: the rejects file holds each rejected row's original text, so that fixing those rows and feeding them
/// back with the rows that were accepted gives the report of the whole export.
/// </summary>
public class NothingLostTests
{
    private static readonly Dictionary<string, string[]> Export = new()
    {
        ["units.csv"] = ["unit_code,name,division_code,parent_code", "410202,龙亭区,410202,", "410203,顺河回族区,410203000000,"],
        ["cases.csv"] =
        [
            "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at",
            .. Enumerable.Range(1, 8).Select(n => $"C{n},M{n % 3},41020{2 + (n % 2)},,,2023-11-2{n % 7}T09:00:00+08:00,2023-11-2{n % 7}T10:00:00+08:00"),
        ],
        ["ratings.csv"] =
        [
            "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment",
            .. Enumerable.Range(1, 8).Select(n =>
                $"R{n},C{n},M{n % 3},41020{2 + (n % 2)},,,pc,{1 + (n % 5)},active,true,2023-11-2{n % 7}T11:00:00+08:00,,\"意见, 第{n}条\n第二行\""),
        ],
    };

    /// <summary>Each damaged row of the export, with the row it was: a level out of range, a broken instant, a year no rule places, a malformed code, a quote never closed.</summary>
    private static readonly (string File, int Row, Func<string, string> Damage)[] Damages =
    [
        ("ratings.csv", 2, row => row.Replace(",pc,3,", ",pc,9,", StringComparison.Ordinal)),
        ("ratings.csv", 4, row => row.Replace("2023-11-24T11:00:00+08:00", "2023-11-24 11:00", StringComparison.Ordinal)),
        ("ratings.csv", 5, row => row.Replace("2023-11-25T11:00:00+08:00", "9999-11-25T11:00:00+08:00", StringComparison.Ordinal)),
        ("cases.csv", 6, row => row.Replace("C6,M0,", "C6,M 0,", StringComparison.Ordinal)),
        ("units.csv", 2, row => row.Replace("410203000000", "41020300000", StringComparison.Ordinal)),
        ("ratings.csv", 8, row => row.TrimEnd('"')),
    ];

    [Fact]
    public void Fixing_the_rejected_rows_and_feeding_them_back_gives_the_report_of_the_whole_export()
    {
        using var whole = new TemporaryDirectory();
        using var damaged = new TemporaryDirectory();
        using var fedBack = new TemporaryDirectory();
        using var elsewhere = new TemporaryDirectory();
        Directory.CreateDirectory(elsewhere.Path);
        var damage = new Dictionary<string, string>();
        Write(whole.Path, Export);
        Write(damaged.Path, Export.ToDictionary(f => f.Key, f => f.Value.Select((row, i) =>
        {
            var change = Damages.FirstOrDefault(d => d.File == f.Key && d.Row == i);
            if (change.Damage is null)
            {
                return row;
            }
            string broken = change.Damage(row);
            Assert.NotEqual(row, broken);
            damage[broken] = row;
            return broken;
        }).ToArray()));

        string rejectsPath = Path.Combine(elsewhere.Path, "rejects.csv");
        Assert.Equal(1, CliRunner.Run("validate", damaged.Path, "--rejects", rejectsPath).Code);
        var rejected = CsvText.Parse(File.ReadAllText(rejectsPath)).Skip(1)
            .Select(r => (File: r[0], Line: long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), Text: r[5]))
            .DistinctBy(r => (r.File, r.Line)).ToList();

        // Every damaged row is in the rejects file as it stands in the file, and only rows of the damaged files' lines.
        Assert.All(damage.Keys, broken => Assert.True(rejected.Any(r => r.Text == broken), $"{broken} is not among:\n{string.Join("\n", rejected)}"));
        // Fixed and fed back beside the rows accepted, they give the whole export's report.
        var fixedFiles = Export.Keys.ToDictionary(file => file, file =>
        {
            string[] lines = CsvText.Parse(File.ReadAllText(Path.Combine(damaged.Path, file))).Select(r => string.Join(',', r.Select(CsvText.Quote))).ToArray();
            HashSet<long> rejectedLines = [.. rejected.Where(r => r.File == file).Select(r => r.Line)];
            IEnumerable<string> kept = RowsWithLines(File.ReadAllText(Path.Combine(damaged.Path, file))).Where(r => !rejectedLines.Contains(r.Line)).Select(r => r.Text);
            IEnumerable<string> repaired = rejected.Where(r => r.File == file).Select(r => damage.GetValueOrDefault(r.Text, r.Text));
            return kept.Concat(repaired).ToArray();
        });
        Write(fedBack.Path, fixedFiles);

        CliRunner.Result expected = CliRunner.Run("report", whole.Path, "--by", "unit", "--format", "csv");
        CliRunner.Result actual = CliRunner.Run("report", fedBack.Path, "--by", "unit", "--format", "csv");
        Assert.Equal(0, expected.Code);
        Assert.Equal(0, actual.Code);
        Assert.Equal(expected.Output, actual.Output);
    }

    /// <summary>The header, then each row's original text (quoted line breaks kept) with its first line.</summary>
    private static IEnumerable<(long Line, string Text)> RowsWithLines(string text)
    {
        long line = 1;
        int start = 0;
        bool quoted = false;
        for (int at = 0; at < text.Length; at++)
        {
            if (text[at] == '"')
            {
                quoted = !quoted;
            }
            else if (text[at] == '\n' && !quoted)
            {
                string row = text[start..at];
                yield return (line, row);
                line += 1 + row.Count(c => c == '\n');
                start = at + 1;
            }
        }
    }

    private static void Write(string directory, IReadOnlyDictionary<string, string[]> files)
    {
        Directory.CreateDirectory(directory);
        foreach ((string file, string[] lines) in files)
        {
            File.WriteAllText(Path.Combine(directory, file), string.Join('\n', lines) + "\n");
        }
    }
}

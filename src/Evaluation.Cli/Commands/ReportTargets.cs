using System;
using System.Collections.Generic;
using System.IO;
using Evaluation.Cli.Rendering;

namespace Evaluation.Cli.Commands;

/// <summary>Where <c>evaluation report</c> writes and in which format: standard output, or each <c>--out</c> file in the format given or that of its extension.</summary>
internal static class ReportTargets
{
    private static readonly Dictionary<string, OutputFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".xlsx"] = OutputFormat.Xlsx,
        [".html"] = OutputFormat.Html,
        [".htm"] = OutputFormat.Html,
        [".json"] = OutputFormat.Json,
        [".csv"] = OutputFormat.Csv,
        [".md"] = OutputFormat.Markdown,
        [".txt"] = OutputFormat.Table,
    };

    /// <summary>The formats and files to write, or false with the problem.</summary>
    /// <param name="format">The format given with <c>--format</c>, or null when none was.</param>
    /// <param name="files">The <c>--out</c> files, none for standard output.</param>
    /// <param name="targets">Each format with its file (null for standard output).</param>
    /// <param name="problem">Why the choice is refused.</param>
    internal static bool TryChoose(string? format, string[] files, out List<(OutputFormat Format, string? File)> targets, ref string? problem)
    {
        targets = [];
        OutputFormat? given = format is null ? null : Enum.Parse<OutputFormat>(format, ignoreCase: true);
        if (files.Length == 0)
        {
            if (given == OutputFormat.Xlsx)
            {
                problem = "--format xlsx writes a workbook: give the file with --out FILE.xlsx.";
                return false;
            }
            targets.Add((given ?? OutputFormat.Table, null));
            return true;
        }
        foreach (string file in files)
        {
            if (given is null && !ByExtension.ContainsKey(Path.GetExtension(file)))
            {
                problem = $"--out {file}: give --format, or a file ending .xlsx, .html, .json, .csv, .md or .txt.";
                return false;
            }
            targets.Add((given ?? ByExtension[Path.GetExtension(file)], file));
        }
        return true;
    }
}

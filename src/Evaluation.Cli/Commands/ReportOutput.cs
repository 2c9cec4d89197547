using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Cli.Rendering;
using Evaluation.Cli.Rendering.Html;
using Evaluation.Cli.Tables;
using Evaluation.Core.Aggregation;
using Evaluation.IO.Json;
using Evaluation.Reporting;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Commands;

/// <summary>What <c>evaluation report</c> prints, and in which format: the tables (made when written) or the JSON rows of the grouping.</summary>
/// <param name="RowsOf">The report's rows by a grouping (<see cref="PreparedReport.Rows"/>, or a cluster's merged part): by the grouping and by none.</param>
/// <param name="Grouping">The grouping of a JSON report.</param>
/// <param name="Tables">The tables, made when a format first needs them.</param>
/// <param name="Format">The format.</param>
/// <param name="Language">The headings' language.</param>
internal sealed record ReportOutput(Func<Grouping, ReportDocument> RowsOf, Grouping Grouping, Func<IEnumerable<Table>> Tables, OutputFormat Format, Language Language)
{
    /// <summary>Writes the report to a file when one is named, otherwise to the output.</summary>
    internal static void Write(ReportOutput report, TextWriter output, string? file)
    {
        if (file is null)
        {
            report.WriteTo(output);
            return;
        }
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (report.Format == OutputFormat.Xlsx)
        {
            WorkbookWriter.Write(stream, report.Tables().Select(t => t.ToSheet()));
            return;
        }
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        report.WriteTo(writer);
    }

    private void WriteTo(TextWriter output)
    {
        switch (Format)
        {
            case OutputFormat.Json:
                WriteJson(output, RowsOf(Grouping));
                break;
            case OutputFormat.Html:
                HtmlPage.Write(output, Language.Pick("政务服务\u201c好差评\u201d数据报告", "Government-service ratings report"), [.. Tables()], Funnel(), Language);
                break;
            case OutputFormat.Xlsx:
                throw new InvalidOperationException("A workbook is written to a file.");
            default:
                foreach (Table t in Tables())
                {
                    t.WriteTo(output, Format);
                }
                break;
        }
        output.Flush();
    }

    /// <summary>The rectification funnel of the whole report: bad ratings, rectified, rectified on time.</summary>
    private string Funnel()
    {
        IReadOnlyList<ReportRow> totals = RowsOf(new Grouping([])).Rows;
        long Count(string name) => totals.Count == 0 ? 0 : Ordering.Count(totals[0], name);
        return FunnelChart.Draw(
            Language.Pick("差评整改情况", "Rectification of bad ratings"),
            [
                (Language.Pick("差评", "Bad"), Count("badToRectify")),
                (Language.Pick("已整改", "Rectified"), Count("badRectified")),
                (Language.Pick("按时整改", "On time"), Count("badRectifiedOnTime")),
            ]);
    }

    /// <summary>
    /// Writes a JSON report and a line break. Its UTF-8 goes straight to the output's stream when the output writes
    /// UTF-8 to one, as standard output does; otherwise it is decoded onto the output.
    /// </summary>
    internal static void WriteJson(TextWriter output, ReportDocument document)
    {
        if (output is StreamWriter { BaseStream: { CanWrite: true } bytes } writer && writer.Encoding.CodePage == Encoding.UTF8.CodePage)
        {
            writer.Flush();
            ReportJsonWriter.Write(bytes, document, Environment.ProcessorCount);
        }
        else
        {
            using var stream = new TextWriterStream(output);
            ReportJsonWriter.Write(stream, document, Environment.ProcessorCount);
        }
        output.WriteLine();
    }
}

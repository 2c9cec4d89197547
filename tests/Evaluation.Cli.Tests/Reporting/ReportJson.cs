using System.IO;
using System.Text;
using Evaluation.IO.Json;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>A report document as the JSON the tool prints, for tests that compare two ways of making one report.</summary>
internal static class ReportJson
{
    internal static string Text(ReportDocument document)
    {
        using var stream = new MemoryStream();
        ReportJsonWriter.Write(stream, document);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

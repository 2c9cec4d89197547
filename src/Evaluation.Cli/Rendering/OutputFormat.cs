namespace Evaluation.Cli.Rendering;

/// <summary>How a report is printed.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned console table.</summary>
    Table,

    /// <summary>Markdown tables.</summary>
    Markdown,

    /// <summary>CSV, headings first.</summary>
    Csv,

    /// <summary>The JSON contract of docs/report-json.md.</summary>
    Json,

    /// <summary>An Excel workbook, a sheet per table (written to a file only).</summary>
    Xlsx,

    /// <summary>One self-contained HTML page with the tables and their charts.</summary>
    Html,
}

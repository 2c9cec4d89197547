using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// The zip package of a workbook, written entry after entry: the SDK's own packaging (System.IO.Packaging) holds every
/// part in memory until the document is closed (dotnet/Open-XML-SDK#807), so the package's few fixed parts are written
/// here and each sheet's XML is streamed straight into its zip entry (<see cref="WorksheetWriter"/>).
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive zip;
    private readonly List<string> sheetNames = [];

    internal XlsxPackage(Stream output) => zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

    /// <summary>Adds a sheet whose XML <paramref name="write"/> writes, in order, into its entry's stream.</summary>
    internal void AddSheet(string name, Action<Stream> write)
    {
        sheetNames.Add(name);
        using Stream entry = zip.CreateEntry($"xl/worksheets/sheet{sheetNames.Count}.xml", CompressionLevel.Fastest).Open();
        write(entry);
    }

    /// <summary>Writes the workbook, its styles and the relationships and content types that tie the parts together.</summary>
    internal void Finish(Stylesheet styles)
    {
        int sheets = sheetNames.Count;
        Entry("xl/styles.xml", xml => styles.WriteTo(xml));
        Text("xl/workbook.xml",
            $"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\"><sheets>"
            + string.Concat(sheetNames.Select((name, i) => Invariant($"<sheet name=\"{SecurityElement.Escape(name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")))
            + "</sheets></workbook>");
        Text("xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{PackageRelationships}\">"
            + string.Concat(Enumerable.Range(1, sheets).Select(i => Invariant($"<Relationship Id=\"rId{i}\" Type=\"{RelationshipNamespace}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>")))
            + Invariant($"<Relationship Id=\"rId{sheets + 1}\" Type=\"{RelationshipNamespace}/styles\" Target=\"styles.xml\"/>")
            + "</Relationships>");
        Text("_rels/.rels",
            $"<Relationships xmlns=\"{PackageRelationships}\"><Relationship Id=\"rId1\" Type=\"{RelationshipNamespace}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        const string Ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Text("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{Ml}sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"{Ml}styles+xml\"/>"
            + string.Concat(Enumerable.Range(1, sheets).Select(i => Invariant($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"{Ml}worksheet+xml\"/>")))
            + "</Types>");
    }

    public void Dispose() => zip.Dispose();

    private void Text(string path, string xml) => Entry(path, writer => writer.WriteRaw(xml));

    private void Entry(string path, Action<XmlWriter> write)
    {
        using Stream entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(entry, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

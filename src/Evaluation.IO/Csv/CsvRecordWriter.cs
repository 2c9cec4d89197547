using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.IO.Csv;

/// <summary>
/// Writes records in the interchange format: UTF-8, LF, a header row, fields quoted when they hold a comma, quote or
/// line break, instants in ISO-8601 with the +08:00 offset of China Standard Time, empty cells for "not yet".
/// What it writes, <see cref="CsvRecordReader"/> reads back to equal records.
/// </summary>
public static class CsvRecordWriter
{
    private static readonly OffsetDateTimePattern InstantPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<m>");
    private static readonly Offset China = Offset.FromHours(8);

    /// <summary>Writes the header row of a file.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="kind">The file kind.</param>
    public static void WriteHeader(TextWriter writer, CsvFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(",", CsvSchema.AllColumns(kind)));
        writer.Write('\n');
    }

    /// <summary>Writes one case.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="c">The case.</param>
    public static void Write(TextWriter writer, ServiceCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        Row(writer, c.Number.Value, c.MatterCode.Value, c.UnitCode.Value, c.DepartmentCode?.Value, c.WindowCode?.Value, Format(c.AcceptedAt), Format(c.CompletedAt));
    }

    /// <summary>Writes one rating.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="r">The rating.</param>
    public static void Write(TextWriter writer, Rating r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Row(writer, r.Id.Value, r.CaseNumber?.Value, r.MatterCode?.Value, r.UnitCode.Value, r.DepartmentCode?.Value, r.WindowCode?.Value,
            r.Channel.ToCode(), ((int)r.Level).ToString(CultureInfo.InvariantCulture), r.Origin == RatingOrigin.Active ? "active" : "default",
            r.IsRealName ? "true" : "false", Format(r.RatedAt), string.Join(";", r.Tags.Select(t => t.Code)), r.Comment);
    }

    /// <summary>Writes one appeal.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="a">The appeal.</param>
    public static void Write(TextWriter writer, Appeal a)
    {
        ArgumentNullException.ThrowIfNull(a);
        Row(writer, a.Id.Value, a.RatingId.Value, Format(a.FiledAt), Format(a.DecidedAt), Codes.Of(a.Decision), Codes.Of(a.Ground));
    }

    /// <summary>Writes one rectification.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="r">The rectification.</param>
    public static void Write(TextWriter writer, RectificationOrder r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Row(writer, r.RatingId.Value, Format(r.VerifiedAt), Format(r.RectifiedAt), Format(r.FeedbackAt), Codes.Of(r.Outcome));
    }

    /// <summary>Writes one follow-up.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="f">The follow-up.</param>
    public static void Write(TextWriter writer, FollowUp f)
    {
        ArgumentNullException.ThrowIfNull(f);
        Row(writer, f.CaseNumber.Value, Format(f.VisitedAt), Codes.Of(f.Channel), f.Satisfied ? "true" : "false");
    }

    /// <summary>Writes one matter.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="m">The matter.</param>
    public static void Write(TextWriter writer, Matter m)
    {
        ArgumentNullException.ThrowIfNull(m);
        Row(writer, m.Code.Value, m.Name, m.DepartmentCode.Value, Codes.Of(m.Kind), m.PromisedWorkingDays?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes one unit, with its level.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="u">The unit.</param>
    public static void Write(TextWriter writer, ServiceUnit u)
    {
        ArgumentNullException.ThrowIfNull(u);
        Row(writer, u.Code.Value, u.Name, u.DivisionCode?.Value, u.ParentCode?.Value, Codes.Of(u.Level));
    }

    /// <summary>Writes one department.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="d">The department.</param>
    public static void Write(TextWriter writer, Department d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Row(writer, d.Code.Value, d.Name, d.UnitCode.Value);
    }

    /// <summary>Writes one window.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="w">The window.</param>
    public static void Write(TextWriter writer, ServiceWindow w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Row(writer, w.Code.Value, w.Name, w.UnitCode.Value, w.DepartmentCode?.Value, Codes.Of(w.Kind));
    }

    /// <summary>Writes the rejects file: the reasons, then the original row.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="rejects">The rejected rows.</param>
    public static void WriteRejects(TextWriter writer, IEnumerable<CsvReject> rejects)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rejects);
        writer.Write("file,line,column,code,message,row\n");
        foreach (CsvReject r in rejects)
        {
            Row(writer, r.File, r.Line.ToString(CultureInfo.InvariantCulture), r.Column, r.Code, r.Message, r.Row);
        }
    }

    /// <summary>Formats an instant in China Standard Time with its offset, or the empty string for null.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>For example <c>2023-12-05T10:31:00+08:00</c>.</returns>
    public static string Format(Instant? instant) => instant is Instant i ? InstantPattern.Format(i.WithOffset(China)) : string.Empty;

    private static void Row(TextWriter writer, params string?[] fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            string field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }
        writer.Write('\n');
    }
}

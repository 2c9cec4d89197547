using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.InteropServices;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using NodaTime;

namespace Evaluation.IO.Columnar;

/// <summary>
/// One row of <c>ratings.csv</c> that parsed, in compact form (32 bytes): codes as indices into the table's columns,
/// small enumerations as bytes, the instant packed; its comment and tags, which most ratings lack, kept beside the rows (<see cref="SparseColumn"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct RatingRow : ICodedRow
{
    private PackedInstant ratedAt;
    internal int Matter;
    internal int Unit;
    internal int Department;
    internal int Window;
    private byte channel;
    private byte level;
    private byte origin;
    internal bool IsRealName;

    internal Instant RatedAt
    {
        readonly get => ratedAt.Value;
        set => ratedAt = PackedInstant.From(value);
    }

    /// <summary>The instant of the rating, packed, for comparisons that need not unpack it.</summary>
    internal PackedInstant PackedRatedAt
    {
        readonly get => ratedAt;
        set => ratedAt = value;
    }

    internal RatingChannel Channel
    {
        readonly get => (RatingChannel)channel;
        set => channel = (byte)value;
    }

    internal RatingLevel Level
    {
        readonly get => (RatingLevel)level;
        set => level = (byte)value;
    }

    internal RatingOrigin Origin
    {
        readonly get => (RatingOrigin)origin;
        set => origin = (byte)value;
    }

    /// <inheritdoc/>
    public void MapCodes(CodeMaps codes)
    {
        Matter = codes.Matter[Matter];
        Unit = codes.Unit[Unit];
        Department = codes.Department[Department];
        Window = codes.Window[Window];
    }
}

/// <summary>
/// The parsed rows of <c>ratings.csv</c> in file order, without an object per rating: identifiers and case numbers in
/// <see cref="KeyColumn"/>s (row for row), codes and sets of tags dictionary-encoded, comments kept end to end. Rows of an
/// uncommon shape (instants in other forms, fields the record parser must report on) are parsed into records as usual and
/// those records kept beside the row.
/// </summary>
internal sealed class RatingTable : ColumnarTable<RatingRow>
{
    private readonly Dictionary<int, Rating> parsed = [];

    internal KeyColumn Ids { get; } = new();

    /// <summary>The case number each rating names, if any, whether or not a case has it.</summary>
    internal KeyColumn CaseRefs { get; } = new();

    internal CommentColumn Comments { get; } = new();

    /// <summary>Each row's comment, by index into <see cref="Comments"/>, for the rows that have one.</summary>
    private SparseColumn CommentOfRow { get; } = new();

    /// <summary>The rows' sets of tags (评价指标, 问题), each distinct field's text parsed once.</summary>
    internal CodeColumn<ImmutableArray<RatingTag>> TagSets { get; } = new(TryTags);

    /// <summary>Each row's tags, by index into <see cref="TagSets"/>, for the rows that have some.</summary>
    private SparseColumn TagsOfRow { get; } = new();

    internal RatingTable()
        : base(CsvFileKind.Ratings)
    {
    }

    /// <summary>Reads a ratings file; rows that cannot be read go to <paramref name="onReject"/> as the record reader reports them.</summary>
    internal CsvFileSummary Read(TextReader text, string file, Action<CsvReject> onReject)
    {
        Begin(text, file);
        return new CsvRecordReader().ReadRatings(text, file, TryAdd, r => Add(r.Record, (int)r.Source!.Value.Line!.Value, keep: true), onReject);
    }

    /// <summary>Reads ratings decoded elsewhere (a database's rows), with the rules and rejects of a file's rows.</summary>
    internal CsvFileSummary Read(IDecodedRows rows, string file, Action<CsvReject> onReject)
    {
        Begin(file, rows.ExpectedRows + (rows.ExpectedRows / 64));
        return new CsvRecordReader().ReadRatings(rows, file, TryAdd, r => Add(r.Record, (int)r.Source!.Value.Line!.Value, keep: true), onReject);
    }

    /// <summary>
    /// Takes ratings made by a program rather than read from a file, which have no line (0). A rating's record is kept
    /// beside its row only when the row cannot hold it all (tags).
    /// </summary>
    internal void AddRecords(IEnumerable<Rating> records)
    {
        foreach (Rating r in records)
        {
            Add(r, 0, keep: !r.Tags.IsEmpty);
        }
    }

    /// <summary>Whether a row's rating gives a reason, tags or a comment (<see cref="Rating.HasReason"/>), read without making its record.</summary>
    internal bool HasReason(int row) =>
        parsed.TryGetValue(row, out Rating? rating) ? rating.HasReason : CommentOfRow[row] != 0 || TagSets[TagsOfRow[row]] is { IsEmpty: false };

    /// <summary>The rating of a row, as an object.</summary>
    internal Rating Materialize(int row)
    {
        if (parsed.TryGetValue(row, out Rating? rating))
        {
            return rating;
        }
        ref RatingRow r = ref Rows[row];
        return new Rating(RatingId.Parse(Ids.TextAt(row)), Units[r.Unit]!.Value, r.Channel, r.Level, r.Origin, r.RatedAt, r.IsRealName,
            CaseRefs.Has(row) ? CaseNumber.Parse(CaseRefs.TextAt(row)) : null, Matters[r.Matter], Departments[r.Department], Windows[r.Window],
            TagSets[TagsOfRow[row]], Comments[CommentOfRow[row]]);
    }

    /// <inheritdoc/>
    protected override void AppendTail(ColumnarTable<RatingRow> tail, CodeMaps codes, int lineShift)
    {
        var ratings = (RatingTable)tail;
        int start = Count;
        AppendRows(tail, codes, lineShift, () =>
        {
            CommentOfRow.AppendAll(ratings.CommentOfRow, start, Comments.AppendAll(ratings.Comments));
            TagsOfRow.AppendAll(ratings.TagsOfRow, start, ratings.TagSets.MapInto(TagSets));
            foreach ((int row, Rating rating) in ratings.parsed)
            {
                parsed.Add(start + row, rating);
            }
            Ids.AppendAll(ratings.Ids);
            CaseRefs.AppendAll(ratings.CaseRefs);
            // The tail is read no more: its keys' bytes go back to the system now.
            ratings.Ids.Release();
            ratings.CaseRefs.Release();
        });
    }

    /// <summary>Takes a rating of the common shape; anything else is left to the record parser, which reports errors.</summary>
    private bool TryAdd(RowView row, long line)
    {
        // The codes are looked up last: every code's slot is fetched first and read once the row's other fields are. The
        // matters' table can be far larger than the caches, and a file streaming through evicts even the departments'
        // and windows' (a look-up there cost as much as a matter's until it was fetched ahead).
        // Every code is looked up whatever the row's fate, as before.
        ReadOnlySpan<char> id = row[0];
        ReadOnlySpan<char> caseNumber = row[1];
        ReadOnlySpan<char> matterText = row[2];
        ShortText matterKey = Matters.Probe(matterText);
        ReadOnlySpan<char> unitText = row[3];
        ShortText unitKey = Units.Probe(unitText);
        ReadOnlySpan<char> departmentText = row[4];
        ShortText departmentKey = Departments.Probe(departmentText);
        ReadOnlySpan<char> windowText = row[5];
        ShortText windowKey = Windows.Probe(windowText);
        ReadOnlySpan<char> level = row[7];
        PackedInstant ratedAt = default;
        bool wellFormed = RatingChannels.TryFromCode(row[6], out RatingChannel channel) & FieldParser.TryOrigin(row[8], out RatingOrigin origin)
            & FieldParser.TryBool(row[9], out bool realName) & FieldParser.TryPackedInstant(row[10], out ratedAt);
        wellFormed = wellFormed && (origin == RatingOrigin.Default) == (channel == RatingChannel.System)
            && level.Length == 1 && level[0] is >= '1' and <= '5' && Identifiers.IsWellFormed(id);
        // A column the file lacks reads as empty, as most ratings' tags and comments are: no look-up then.
        ReadOnlySpan<char> tagsText = row[11];
        int tags = tagsText.IsEmpty ? 0 : TagSets.IndexOf(tagsText);
        int unit = Units.IndexOf(unitText, unitKey);
        int department = Departments.IndexOf(departmentText, departmentKey);
        int window = Windows.IndexOf(windowText, windowKey);
        int matter = Matters.IndexOf(matterText, matterKey);
        if (!wellFormed || (!caseNumber.IsEmpty && (matter == 0 || !Identifiers.IsWellFormed(caseNumber)))
            || matter < 0 || unit <= 0 || department < 0 || window < 0 || tags < 0)
        {
            return false;
        }
        Ids.Add(id);
        CaseRefs.Add(caseNumber);
        ReadOnlySpan<char> comment = row[12];
        CommentOfRow.Set(Count, comment.IsEmpty ? 0 : Comments.Add(comment));
        TagsOfRow.Set(Count, tags);
        Append(new RatingRow
        {
            Matter = matter,
            Unit = unit,
            Department = department,
            Window = window,
            PackedRatedAt = ratedAt,
            Channel = channel,
            Level = (RatingLevel)(level[0] - '0'),
            Origin = origin,
            IsRealName = realName,
        }, checked((int)line));
        return true;
    }

    private void Add(Rating r, int line, bool keep)
    {
        if (keep)
        {
            parsed.Add(Count, r);
        }
        Ids.Add(r.Id.Value);
        CaseRefs.Add(r.CaseNumber?.Value);
        CommentOfRow.Set(Count, Comments.Add(r.Comment));
        Append(new RatingRow
        {
            Matter = Matters.IndexOf(r.MatterCode?.Value),
            Unit = Units.IndexOf(r.UnitCode.Value),
            Department = Departments.IndexOf(r.DepartmentCode?.Value),
            Window = Windows.IndexOf(r.WindowCode?.Value),
            RatedAt = r.RatedAt,
            Channel = r.Channel,
            Level = r.Level,
            Origin = r.Origin,
            IsRealName = r.IsRealName,
        }, line);
    }

    /// <summary>Parses a tags field (<see cref="FieldParser.TryTags"/>): false when a tag is not a well-formed code, left to the record parser to report.</summary>
    private static bool TryTags(string text, out ImmutableArray<RatingTag> tags) => FieldParser.TryTags(text, code => code.ToString(), out tags, out _);

    /// <inheritdoc/>
    protected override void Reserve(int expected)
    {
        Ids.Reserve(expected);
        CaseRefs.Reserve(expected);
    }
}

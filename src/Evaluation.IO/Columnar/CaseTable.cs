using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Utility;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using NodaTime;

namespace Evaluation.IO.Columnar;

/// <summary>
/// One row of <c>cases.csv</c> that parsed, in compact form (40 bytes): codes as indices into the table's columns, instants
/// packed, and a case not completed marked by its completion (<see cref="PackedInstant.None"/>) rather than a flag of its own.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct CaseRow : ICodedRow
{
    private PackedInstant acceptedAt;
    private PackedInstant completedAt;
    internal int Matter;
    internal int Unit;
    internal int Department;
    internal int Window;

    internal Instant AcceptedAt
    {
        readonly get => acceptedAt.Value;
        set => acceptedAt = PackedInstant.From(value);
    }

    /// <summary>Whether the case is completed (办结).</summary>
    internal readonly bool IsCompleted => !completedAt.IsNone;

    /// <summary>The completion (meaningless, the Unix epoch, unless <see cref="IsCompleted"/>).</summary>
    internal readonly Instant CompletedAt => IsCompleted ? completedAt.Value : default;

    /// <summary>The acceptance, packed, for comparisons that need not unpack it.</summary>
    internal PackedInstant PackedAcceptedAt
    {
        readonly get => acceptedAt;
        set => acceptedAt = value;
    }

    /// <summary>The completion, packed: <see cref="PackedInstant.None"/> for a case not completed.</summary>
    internal PackedInstant PackedCompletedAt
    {
        readonly get => completedAt;
        set => completedAt = value;
    }

    /// <summary>The case's last instant, packed: its completion if completed, else its acceptance.</summary>
    internal readonly PackedInstant PackedLastInstant => IsCompleted ? completedAt : acceptedAt;

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
/// The parsed rows of <c>cases.csv</c> in file order, without an object per case: numbers in a <see cref="KeyColumn"/>
/// (row for row), codes dictionary-encoded.
/// </summary>
internal sealed class CaseTable : ColumnarTable<CaseRow>
{
    internal KeyColumn Numbers { get; } = new();

    internal CaseTable()
        : base(CsvFileKind.Cases)
    {
    }

    /// <summary>Reads a cases file; rows that cannot be read go to <paramref name="onReject"/> as the record reader reports them.</summary>
    internal CsvFileSummary Read(TextReader text, string file, Action<CsvReject> onReject)
    {
        Begin(text, file);
        return new CsvRecordReader().ReadCases(text, file, TryAdd, c => Add(c.Record, (int)c.Source!.Value.Line!.Value), onReject);
    }

    /// <summary>Reads cases decoded elsewhere (a database's rows), with the rules and rejects of a file's rows.</summary>
    internal CsvFileSummary Read(IDecodedRows rows, string file, Action<CsvReject> onReject)
    {
        Begin(file, rows.ExpectedRows + (rows.ExpectedRows / 64));
        return new CsvRecordReader().ReadCases(rows, file, TryAdd, c => Add(c.Record, (int)c.Source!.Value.Line!.Value), onReject);
    }

    /// <summary>Takes cases made by a program rather than read from a file, which have no line (0).</summary>
    internal void AddRecords(IEnumerable<ServiceCase> records)
    {
        foreach (ServiceCase c in records)
        {
            Add(c, 0);
        }
    }

    /// <summary>The case of a row, as an object.</summary>
    internal ServiceCase Materialize(int row)
    {
        ref CaseRow r = ref Rows[row];
        return new ServiceCase(CaseNumber.Parse(Numbers.TextAt(row)), Matters[r.Matter]!.Value, Units[r.Unit]!.Value, r.AcceptedAt,
            r.IsCompleted ? r.CompletedAt : null, Departments[r.Department], Windows[r.Window]);
    }

    /// <inheritdoc/>
    protected override void AppendTail(ColumnarTable<CaseRow> tail, CodeMaps codes, int lineShift)
    {
        var cases = (CaseTable)tail;
        AppendRows(tail, codes, lineShift, () =>
        {
            Numbers.AppendAll(cases.Numbers);
            // The tail is read no more: its keys' bytes go back to the system now.
            cases.Numbers.Release();
        });
    }

    /// <summary>Takes a row of the common shape; anything else is left to the record parser, which reports errors.</summary>
    private bool TryAdd(RowView row, long line)
    {
        // The codes are looked up last: every code's slot is fetched first and read once the row's other fields are. The
        // matters' table can be far larger than the caches, and a file streaming through evicts even the departments'
        // and windows' (a look-up there cost as much as a matter's until it was fetched ahead).
        // Every field is read whatever the row's fate, as before.
        ReadOnlySpan<char> number = row[0];
        ReadOnlySpan<char> matterText = row[1];
        ShortText matterKey = Matters.Probe(matterText);
        ReadOnlySpan<char> unitText = row[2];
        ShortText unitKey = Units.Probe(unitText);
        ReadOnlySpan<char> departmentText = row[3];
        ShortText departmentKey = Departments.Probe(departmentText);
        ReadOnlySpan<char> windowText = row[4];
        ShortText windowKey = Windows.Probe(windowText);
        ReadOnlySpan<char> acceptedText = row[5];
        ReadOnlySpan<char> completedText = row[6];
        bool wellFormed = FieldParser.TryPackedInstant(acceptedText, out PackedInstant accepted) && !acceptedText.IsEmpty && Identifiers.IsWellFormed(number);
        PackedInstant completed = default;
        wellFormed = wellFormed && (completedText.IsEmpty || (FieldParser.TryPackedInstant(completedText, out completed) && !accepted.IsAfter(completed)));
        int unit = Units.IndexOf(unitText, unitKey);
        int department = Departments.IndexOf(departmentText, departmentKey);
        int window = Windows.IndexOf(windowText, windowKey);
        int matter = Matters.IndexOf(matterText, matterKey);
        if (!wellFormed || matter <= 0 || unit <= 0 || department < 0 || window < 0)
        {
            return false;
        }
        Numbers.Add(number);
        Append(new CaseRow
        {
            Matter = matter,
            Unit = unit,
            Department = department,
            Window = window,
            PackedAcceptedAt = accepted,
            PackedCompletedAt = completedText.IsEmpty ? PackedInstant.None : completed,
        }, checked((int)line));
        return true;
    }

    private void Add(ServiceCase c, int line)
    {
        Numbers.Add(c.Number.Value);
        Append(new CaseRow
        {
            Matter = Matters.IndexOf(c.MatterCode.Value),
            Unit = Units.IndexOf(c.UnitCode.Value),
            Department = Departments.IndexOf(c.DepartmentCode?.Value),
            Window = Windows.IndexOf(c.WindowCode?.Value),
            AcceptedAt = c.AcceptedAt,
            PackedCompletedAt = c.CompletedAt is Instant completed ? PackedInstant.From(completed) : PackedInstant.None,
        }, line);
    }

    /// <inheritdoc/>
    protected override void Reserve(int expected)
    {
        Numbers.Reserve(expected);
    }
}

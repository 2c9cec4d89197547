namespace Evaluation.IO.Csv;

/// <summary>The stable error codes of reading files, documented in docs/errors.md.</summary>
public static class CsvErrorCodes
{
    /// <summary>A required column is missing from the header: the whole file is refused.</summary>
    public const string ColumnMissing = "csv.column.missing";

    /// <summary>A column of the format is named twice in the header: the whole file is refused.</summary>
    public const string ColumnDuplicate = "csv.column.duplicate";

    /// <summary>A required field is empty.</summary>
    public const string FieldRequired = "csv.field.required";

    /// <summary>A code (identifier) is malformed.</summary>
    public const string CodeMalformed = "csv.code.malformed";

    /// <summary>An instant is not ISO-8601 with an offset.</summary>
    public const string InstantMalformed = "csv.instant.malformed";

    /// <summary>A level is not 1 to 5.</summary>
    public const string LevelOutOfRange = "csv.level.out-of-range";

    /// <summary>A number is malformed.</summary>
    public const string NumberMalformed = "csv.number.malformed";

    /// <summary>A true/false field is neither.</summary>
    public const string BoolMalformed = "csv.bool.malformed";

    /// <summary>An enumerated value (channel, origin, decision, kind ...) is not one of the allowed codes.</summary>
    public const string ValueUnknown = "csv.value.unknown";

    /// <summary>The fields are each well formed but break a rule of the record (for example completed before accepted).</summary>
    public const string RecordInvalid = "csv.record.invalid";

    /// <summary>The row has a different number of fields than the header.</summary>
    public const string RowShape = "csv.row.shape";

    /// <summary>The row is longer than the reader's limit (1,048,576 characters by default): it is skipped and the next row read.</summary>
    public const string RowTooLong = "csv.row.too-long";

    /// <summary>A quote opened in the row is never closed: the row runs to the end of the file.</summary>
    public const string QuoteUnterminated = "csv.quote.unterminated";

    /// <summary>An instant is well formed but outside the years the rules can place (1950 to 2099, China Standard Time).</summary>
    public const string InstantOutOfRange = "csv.instant.out-of-range";
}

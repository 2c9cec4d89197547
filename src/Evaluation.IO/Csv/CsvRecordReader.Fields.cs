using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using Evaluation.Core.Periods;
using NodaTime;

namespace Evaluation.IO.Csv;

public sealed partial class CsvRecordReader
{
    private delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);

    private delegate bool CodeParser<T>(string? text, out T value);

    private bool Code<T>(RowView row, int column, bool required, CodeParser<T> parse, out T value, out FieldError error)
    {
        ReadOnlySpan<char> text = row[column];
        value = default!;
        error = default;
        if (text.IsEmpty)
        {
            if (required)
            {
                error = Required(row, column);
                return false;
            }
            return true;
        }
        if (!parse(IsRecordIdentifier<T>() ? text.ToString() : pool.Intern(text), out value))
        {
            error = new FieldError(row.Name(column), CsvErrorCodes.CodeMalformed,
                $"'{text}' is not a valid code: 1 to 64 ASCII letters, digits or '-', '_', '.', '/', starting and ending with a letter or digit.");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a code names one record (a rating, case or appeal number): such codes repeat on few rows, so they are not
    /// interned; catalogue codes (units, matters, departments, windows, tags) repeat on many and are.
    /// </summary>
    private static bool IsRecordIdentifier<T>() =>
        typeof(T) == typeof(RatingId) || typeof(T) == typeof(CaseNumber) || typeof(T) == typeof(Evaluation.Core.Appeals.AppealId);

    private bool OptionalCode<T>(RowView row, int column, CodeParser<T> parse, out T? value, out FieldError error) where T : struct
    {
        value = null;
        if (row[column].IsEmpty)
        {
            error = default;
            return true;
        }
        if (Code(row, column, true, parse, out T parsed, out error))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    private static bool When(RowView row, int column, bool required, out Instant? value, out FieldError error)
    {
        ReadOnlySpan<char> text = row[column];
        value = null;
        error = default;
        if (text.IsEmpty)
        {
            if (required)
            {
                error = Required(row, column);
            }
            return !required;
        }
        if (!FieldParser.TryParseInstant(text, out Instant instant))
        {
            error = new FieldError(row.Name(column), CsvErrorCodes.InstantMalformed, $"'{text}' is not an ISO-8601 instant with an offset, such as 2023-12-05T10:31:00+08:00.");
            return false;
        }
        if (!SupportedYears.Contains(instant))
        {
            error = new FieldError(row.Name(column), CsvErrorCodes.InstantOutOfRange,
                $"'{text}' is outside the years the rules can place ({SupportedYears.First} to {SupportedYears.Last}, China Standard Time).");
            return false;
        }
        value = instant;
        return true;
    }

    private static bool Level(RowView row, int column, out RatingLevel level, out FieldError error)
    {
        error = default;
        if (FieldParser.TryInt(row[column], out int code) && RatingLevels.TryFromCode(code, out level))
        {
            return true;
        }
        level = default;
        error = row[column].IsEmpty ? Required(row, column)
            : new FieldError(row.Name(column), CsvErrorCodes.LevelOutOfRange, $"'{row[column]}' is not a level: 1 (非常不满意) to 5 (非常满意).");
        return false;
    }

    private static bool Bool(RowView row, int column, out bool value, out FieldError error)
    {
        error = default;
        if (FieldParser.TryBool(row[column], out value))
        {
            return true;
        }
        error = row[column].IsEmpty ? Required(row, column)
            : new FieldError(row.Name(column), CsvErrorCodes.BoolMalformed, $"'{row[column]}' is neither true nor false.");
        return false;
    }

    private static bool Enum<T>(RowView row, int column, SpanParser<T> parse, out T value, out FieldError error)
    {
        error = default;
        if (parse(row[column], out value))
        {
            return true;
        }
        error = row[column].IsEmpty ? Required(row, column) : Unknown(row, column);
        return false;
    }

    private static bool Text(RowView row, int column, out string value, out FieldError error)
    {
        error = default;
        value = row[column].ToString();
        if (value.Length > 0)
        {
            return true;
        }
        error = Required(row, column);
        return false;
    }

    private static bool OptionalInt(RowView row, int column, out int? value, out FieldError error)
    {
        error = default;
        value = null;
        if (row[column].IsEmpty)
        {
            return true;
        }
        if (FieldParser.TryInt(row[column], out int parsed))
        {
            value = parsed;
            return true;
        }
        error = new FieldError(row.Name(column), CsvErrorCodes.NumberMalformed, $"'{row[column]}' is not a whole number.");
        return false;
    }

    private static bool Division(RowView row, int column, out DivisionCode? value, out FieldError error)
    {
        error = default;
        value = null;
        if (row[column].IsEmpty)
        {
            return true;
        }
        if (DivisionCode.TryParse(row[column].ToString(), out DivisionCode code))
        {
            value = code;
            return true;
        }
        error = new FieldError(row.Name(column), CsvErrorCodes.CodeMalformed, $"'{row[column]}' is not a division code: 6 (GB/T 2260 county), 9 (town) or 12 digits.");
        return false;
    }

    private bool Tags(RowView row, int column, out ImmutableArray<RatingTag>? tags, out FieldError error)
    {
        error = default;
        tags = null;
        if (!row.Has(column) || row[column].IsEmpty)
        {
            return true;
        }
        if (!FieldParser.TryTags(row[column], pool.Intern, out ImmutableArray<RatingTag> parsed, out Range malformed))
        {
            error = new FieldError(row.Name(column), CsvErrorCodes.CodeMalformed, $"'{row[column][malformed].Trim()}' is not a valid tag code.");
            return false;
        }
        tags = parsed;
        return true;
    }

    private static FieldError Required(RowView row, int column) =>
        new(row.Name(column), CsvErrorCodes.FieldRequired, $"{row.Name(column)} is required.");

    private static FieldError Unknown(RowView row, int column) =>
        new(row.Name(column), CsvErrorCodes.ValueUnknown, $"'{row[column]}' is not an allowed value of {row.Name(column)}.");
}

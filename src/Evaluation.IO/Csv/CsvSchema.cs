using System.Collections.Generic;
using System.Collections.Immutable;

namespace Evaluation.IO.Csv;

/// <summary>The file name and columns of each file of the interchange format.</summary>
public static class CsvSchema
{
    private static readonly Dictionary<CsvFileKind, (string File, ImmutableArray<string> Required, ImmutableArray<string> Optional)> Schemas = new()
    {
        [CsvFileKind.Cases] = ("cases.csv", ["case_no", "matter_code", "unit_code", "department_code", "window_code", "accepted_at", "completed_at"], []),
        [CsvFileKind.Ratings] = ("ratings.csv", ["rating_id", "case_no", "matter_code", "unit_code", "department_code", "window_code", "channel", "level", "origin", "real_name", "rated_at"], ["tags", "comment"]),
        [CsvFileKind.Appeals] = ("appeals.csv", ["appeal_id", "rating_id", "filed_at", "decided_at", "decision"], ["ground"]),
        [CsvFileKind.Rectifications] = ("rectifications.csv", ["rating_id", "verified_at", "rectified_at", "feedback_at"], ["outcome"]),
        [CsvFileKind.FollowUps] = ("follow_ups.csv", ["case_no", "visited_at", "channel", "satisfied"], []),
        [CsvFileKind.Matters] = ("matters.csv", ["matter_code", "name", "department_code", "kind", "promised_working_days"], []),
        [CsvFileKind.Units] = ("units.csv", ["unit_code", "name", "division_code", "parent_code"], ["level"]),
        [CsvFileKind.Departments] = ("departments.csv", ["department_code", "name", "unit_code"], []),
        [CsvFileKind.Windows] = ("windows.csv", ["window_code", "name", "unit_code", "department_code", "kind"], []),
    };

    /// <summary>The file's conventional name, for example <c>ratings.csv</c>.</summary>
    /// <param name="kind">The file kind.</param>
    /// <returns>The name.</returns>
    public static string FileName(CsvFileKind kind) => Schemas[kind].File;

    /// <summary>The columns a file must have.</summary>
    /// <param name="kind">The file kind.</param>
    /// <returns>The required columns, in the order writers write them.</returns>
    public static ImmutableArray<string> RequiredColumns(CsvFileKind kind) => Schemas[kind].Required;

    /// <summary>The columns a file may have besides the required ones.</summary>
    /// <param name="kind">The file kind.</param>
    /// <returns>The optional columns.</returns>
    public static ImmutableArray<string> OptionalColumns(CsvFileKind kind) => Schemas[kind].Optional;

    /// <summary>Every column, required then optional.</summary>
    /// <param name="kind">The file kind.</param>
    /// <returns>The columns.</returns>
    public static ImmutableArray<string> AllColumns(CsvFileKind kind) => Schemas[kind].Required.AddRange(Schemas[kind].Optional);
}

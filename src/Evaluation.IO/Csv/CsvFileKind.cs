namespace Evaluation.IO.Csv;

/// <summary>The files of the interchange format, one record kind each.</summary>
public enum CsvFileKind
{
    /// <summary><c>cases.csv</c>: cases (办件).</summary>
    Cases = 1,

    /// <summary><c>ratings.csv</c>: ratings (评价).</summary>
    Ratings = 2,

    /// <summary><c>appeals.csv</c>: appeals (申诉).</summary>
    Appeals = 3,

    /// <summary><c>rectifications.csv</c>: rectifications (整改).</summary>
    Rectifications = 4,

    /// <summary><c>follow_ups.csv</c>: follow-ups (回访).</summary>
    FollowUps = 5,

    /// <summary><c>matters.csv</c>: the matter catalogue (事项目录).</summary>
    Matters = 6,

    /// <summary><c>units.csv</c>: service units.</summary>
    Units = 7,

    /// <summary><c>departments.csv</c>: departments (部门).</summary>
    Departments = 8,

    /// <summary><c>windows.csv</c>: windows (窗口).</summary>
    Windows = 9,
}

namespace Evaluation.Core.Calendars;

/// <summary>Whether a schedule is a year's national notice or a local overlay on it.</summary>
public enum HolidayScheduleKind
{
    /// <summary>The State Council's notice for the year (国务院办公厅关于某年部分节假日安排的通知); one per year.</summary>
    National = 1,

    /// <summary>Local days off or working days laid over the national schedule, such as a Hui autonomous district's 开斋节 and 古尔邦节.</summary>
    Local = 2,
}

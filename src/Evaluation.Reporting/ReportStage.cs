namespace Evaluation.Reporting;

/// <summary>The stages a report is prepared in, in order, as <see cref="ReportProgress"/> names them.</summary>
public enum ReportStage
{
    /// <summary>Each record checked against the rules (校验); rejects are kept with their reasons.</summary>
    Validating = 0,

    /// <summary>The as-of instant settled, the default ratings owed judged, appeals and rectifications applied.</summary>
    ApplyingLifecycle = 1,

    /// <summary>The ratings of the range encoded into a batch for aggregation.</summary>
    Encoding = 2,

    /// <summary>The report is ready for its rows to be counted.</summary>
    Ready = 3,
}

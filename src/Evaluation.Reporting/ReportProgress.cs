namespace Evaluation.Reporting;

/// <summary>A step of preparing a report, reported as it starts.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Description">What is being done, in English, with its counts (for example <c>validating 1,204 rows</c>).</param>
public sealed record ReportProgress(ReportStage Stage, string Description)
{
    /// <inheritdoc/>
    public override string ToString() => Description;
}

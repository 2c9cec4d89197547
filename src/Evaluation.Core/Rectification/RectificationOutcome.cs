namespace Evaluation.Core.Rectification;

/// <summary>How a bad rating was dealt with, each outcome with its own written record.</summary>
public enum RectificationOutcome
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Fixed at once (立行立改).</summary>
    FixedAtOnce = 1,

    /// <summary>A complex problem: reason stated, entered in a ledger and fixed by a deadline (说明理由、建立台账、限期整改).</summary>
    Scheduled = 2,

    /// <summary>No legal basis for the request: an explanation was given (做好解释说明).</summary>
    Explained = 3,
}

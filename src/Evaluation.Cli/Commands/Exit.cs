namespace Evaluation.Cli.Commands;

/// <summary>The exit codes of the evaluation command.</summary>
internal static class Exit
{
    /// <summary>Success.</summary>
    internal const int Success = 0;

    /// <summary>Some records were rejected; the report was still produced.</summary>
    internal const int Rejects = 1;

    /// <summary>A usage error or unreadable input.</summary>
    internal const int Usage = 2;

    /// <summary>The report could not be made: a partition of a report on a cluster failed on every attempt.</summary>
    internal const int Failure = 3;
}

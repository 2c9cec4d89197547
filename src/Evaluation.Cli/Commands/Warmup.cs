using System.Threading.Tasks;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Validation;

namespace Evaluation.Cli.Commands;

/// <summary>Work a command starts on the other core early, because it will need the result later.</summary>
internal static class Warmup
{
    /// <summary>
    /// Builds China's working calendar and time zone and a first set of validation rules (together a fifth of a
    /// second, most of it loading and compiling code) while the command line is parsed, the options read and the files
    /// opened, rather than when the calendar or validation first needs them; for the commands that read records
    /// (<c>report</c>, <c>validate</c>, <c>load</c>), from the process's start.
    /// </summary>
    /// <param name="command">The command's name, the first argument.</param>
    internal static void ForCommand(string command)
    {
        if (command is "report" or "validate" or "load")
        {
            _ = Task.Run(() => new RecordSetValidator(EvaluationPolicy.National, DeadlineCalculator.China));
        }
    }
}

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
    /// second, most of it loading and compiling code) while the options are read and the files opened, rather than
    /// when validation first needs them.
    /// </summary>
    internal static void Validation() => _ = Task.Run(() => new RecordSetValidator(EvaluationPolicy.National, DeadlineCalculator.China));
}

using System.Threading.Tasks;
using Evaluation.Core.Calendars;

namespace Evaluation.Cli.Commands;

/// <summary>Work a command starts on the other core early, because it will need the result later.</summary>
internal static class Warmup
{
    /// <summary>
    /// Builds China's working calendar and time zone (a tenth of a second) while the options are read and the files
    /// opened, rather than when validation first needs them.
    /// </summary>
    internal static void Calendar() => _ = Task.Run(() => DeadlineCalculator.China);
}

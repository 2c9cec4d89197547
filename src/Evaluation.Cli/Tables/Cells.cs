using System.Globalization;

namespace Evaluation.Cli.Tables;

/// <summary>Formats cells the way the official tables print them.</summary>
internal static class Cells
{
    internal static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

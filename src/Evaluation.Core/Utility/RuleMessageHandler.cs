using System.Globalization;
using System.Runtime.CompilerServices;

namespace Evaluation.Core.Utility;

/// <summary>
/// The rule text of <see cref="Preconditions.CheckArgument(bool, string, ref RuleMessageHandler)"/>, written as an
/// interpolated string: formatted, culture-invariantly, only when the rule is broken, so that a check in a loop costs
/// nothing when it passes.
/// </summary>
[InterpolatedStringHandler]
internal ref struct RuleMessageHandler
{
    private DefaultInterpolatedStringHandler text;

    /// <summary>Starts the message; <paramref name="format"/> is false when the rule holds and nothing is appended.</summary>
    internal RuleMessageHandler(int literalLength, int formattedCount, bool expression, out bool format)
    {
        format = !expression;
        text = format ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    /// <summary>Appends a value in a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    /// <summary>The message, once.</summary>
    internal string ToStringAndClear() => text.ToStringAndClear();
}

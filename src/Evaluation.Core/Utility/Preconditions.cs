using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Evaluation.Core.Utility;

/// <summary>
/// Argument checks shared by every public constructor and factory. Messages are culture-invariant and
/// name the parameter, the value and the rule; the throwing code lives in separate methods so that
/// the checks stay small enough to inline on hot paths.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName) where T : class
    {
        if (argument is null)
        {
            ThrowNull(paramName);
        }
        return argument;
    }

    internal static int CheckNonNegative(int value, string paramName)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "must not be negative");
        }
        return value;
    }

    internal static long CheckNonNegative(long value, string paramName)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "must not be negative");
        }
        return value;
    }

    internal static int CheckRange(int value, string paramName, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowOutOfRange(paramName, value, string.Create(CultureInfo.InvariantCulture, $"must be between {minInclusive} and {maxInclusive} inclusive"));
        }
        return value;
    }

    internal static string CheckNotBlank([NotNull] string? value, string paramName)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, "must not be empty or white space");
        }
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string rule)
    {
        if (!expression)
        {
            ThrowArgument(paramName, rule);
        }
    }

    /// <summary>As <see cref="CheckArgument(bool, string, string)"/>, with a rule text formatted only when the rule is broken.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool expression, string paramName, [InterpolatedStringHandlerArgument(nameof(expression))] ref RuleMessageHandler rule)
    {
        if (!expression)
        {
            ThrowArgument(paramName, rule.ToStringAndClear());
        }
    }

    [DoesNotReturn]
    private static void ThrowNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    private static void ThrowOutOfRange(string paramName, object value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} {rule}; got {value}."));

    [DoesNotReturn]
    internal static void ThrowArgument(string paramName, string rule) =>
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} {rule}."), paramName);
}

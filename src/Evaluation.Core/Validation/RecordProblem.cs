using System.Globalization;

namespace Evaluation.Core.Validation;

/// <summary>One broken rule of one record: the field, the stable error code and the message in English and Chinese.</summary>
/// <param name="Field">The field that breaks the rule, for example <c>level</c>.</param>
/// <param name="Code">The stable error code, for example <c>rating.bad.reason-missing</c> (see docs/errors.md).</param>
/// <param name="English">The message in English.</param>
/// <param name="Chinese">The message in Chinese.</param>
public sealed record RecordProblem(string Field, string Code, string English, string Chinese)
{
    /// <summary>Creates the problem of a code with its catalogue messages.</summary>
    /// <param name="field">The field.</param>
    /// <param name="code">A code of <see cref="ErrorCodes"/>.</param>
    /// <returns>The problem.</returns>
    public static RecordProblem Of(string field, string code) => new(field, code, ErrorMessages.English(code), ErrorMessages.Chinese(code));

    /// <summary>The message in a culture: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The message.</returns>
    public string Message(CultureInfo? culture = null) =>
        IsChinese(culture ?? CultureInfo.CurrentUICulture) ? Chinese : English;

    internal static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Code}: {English}";
}

using System.Globalization;

namespace Evaluation.Core.Validation;

/// <summary>Picks a code's message in the current UI culture, as FluentValidation's own messages do.</summary>
internal static class Localized
{
    internal static string Message(string code) =>
        RecordProblem.IsChinese(CultureInfo.CurrentUICulture) ? ErrorMessages.Chinese(code) : ErrorMessages.English(code);
}

namespace Evaluation.Cli.Rendering;

/// <summary>The language of headings: the official Chinese ones by default.</summary>
internal enum Language
{
    /// <summary>Chinese (the official table headings).</summary>
    Zh,

    /// <summary>English.</summary>
    En,
}

/// <summary>Picks a heading in the report's language.</summary>
internal static class Headings
{
    internal static string Pick(this Language language, string zh, string en) => language == Language.En ? en : zh;
}

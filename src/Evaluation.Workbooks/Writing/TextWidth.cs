using System;
using System.Text;

namespace Evaluation.Workbooks.Writing;

/// <summary>How wide a text is in a monospaced font, as consoles and sheet columns measure it.</summary>
public static class TextWidth
{
    /// <summary>
    /// The columns a text takes: two for each East Asian wide or full-width character (汉字, full-width punctuation and
    /// the curly quotes Chinese text uses), one for any other.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The width in columns.</returns>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan());
    }

    /// <summary>The columns a text takes, as <see cref="Of(string)"/> counts them, without a string: for writers of many rows.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width in columns.</returns>
    public static int Of(ReadOnlySpan<char> text)
    {
        // A text with no character from U+1100 up (so no surrogate either) takes one column a character.
        if (text.IndexOfAnyInRange('\u1100', '\uFFFF') < 0)
        {
            return text.Length;
        }
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or 0x201C or 0x201D ? 2 : 1;
        }
        return width;
    }
}

using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// A sheet's XML written as UTF-8 into a buffer that grows and is reused from block to block of rows. Text is escaped for
/// element content, and a character XML cannot hold (a control character, a lone surrogate) is written as Excel writes
/// it, <c>_xHHHH_</c> (ECMA-376's ST_Xstring), as is the underscore of a text that would otherwise read as such an
/// escape; so any text a cell holds is written, and read back as it was.
/// </summary>
internal sealed class SheetXml
{
    /// <summary>What text needs other than its UTF-8 bytes: markup, line ends and tabs (kept in an attribute too), a possible escape, and what XML cannot hold.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());

    private byte[] bytes = new byte[1 << 16];

    /// <summary>The bytes written since the buffer was last cleared.</summary>
    internal int Length { get; private set; }

    /// <summary>Empties the buffer.</summary>
    internal void Clear() => Length = 0;

    /// <summary>Writes the buffer's bytes to a stream.</summary>
    internal void WriteTo(Stream stream) => stream.Write(bytes, 0, Length);

    /// <summary>The bytes written, for tests.</summary>
    internal string Utf8Text() => Encoding.UTF8.GetString(bytes, 0, Length);

    /// <summary>Writes markup as it is.</summary>
    internal SheetXml Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Free(utf8.Length));
        Length += utf8.Length;
        return this;
    }

    /// <summary>Writes a whole number in invariant culture.</summary>
    internal SheetXml Number(long value)
    {
        value.TryFormat(Free(20), out int written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Writes a number in invariant culture, as the shortest text that reads back as it.</summary>
    internal SheetXml Number(double value)
    {
        value.TryFormat(Free(32), out int written, "R", CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Writes characters known to be ASCII digits, signs and points (a number's text), a byte each.</summary>
    internal SheetXml Ascii(ReadOnlySpan<char> text)
    {
        Span<byte> free = Free(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            free[i] = (byte)text[i];
        }
        Length += text.Length;
        return this;
    }

    /// <summary>Writes text as element content or an attribute's value in double quotes, escaped.</summary>
    internal SheetXml Text(ReadOnlySpan<char> text)
    {
        while (true)
        {
            int special = text.IndexOfAny(Special);
            if (special < 0)
            {
                Utf8(text);
                return this;
            }
            Utf8(text[..special]);
            char c = text[special];
            int used = 1;
            switch (c)
            {
                case '&':
                    Raw("&amp;"u8);
                    break;
                case '<':
                    Raw("&lt;"u8);
                    break;
                case '>':
                    Raw("&gt;"u8);
                    break;
                case '"':
                    Raw("&quot;"u8);
                    break;
                case '\r':
                    Raw("&#xD;"u8);
                    break;
                case '\n':
                    Raw("&#xA;"u8);
                    break;
                case '\t':
                    Raw("&#x9;"u8);
                    break;
                case '_':
                    Raw(ReadsAsEscape(text[special..]) ? "_x005F_"u8 : "_"u8);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && special + 1 < text.Length && char.IsLowSurrogate(text[special + 1]))
                    {
                        Utf8(text.Slice(special, 2));
                        used = 2;
                    }
                    else
                    {
                        Escaped(c);
                    }
                    break;
            }
            text = text[(special + used)..];
        }
    }

    /// <summary>Whether a text starts with <c>_xHHHH_</c>, which a reader would take for an escaped character.</summary>
    private static bool ReadsAsEscape(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[1] == 'x' && text[6] == '_' && !text[2..6].ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>A character XML cannot hold, as <c>_xHHHH_</c>.</summary>
    private void Escaped(char c)
    {
        Span<byte> free = Free(7);
        "_x"u8.CopyTo(free);
        ((int)c).TryFormat(free[2..6], out _, "X4", CultureInfo.InvariantCulture);
        free[6] = (byte)'_';
        Length += 7;
    }

    /// <summary>Text without a lone surrogate, as UTF-8.</summary>
    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        Length += Encoding.UTF8.GetBytes(text, Free(Encoding.UTF8.GetMaxByteCount(text.Length)));
    }

    /// <summary>Room for at least <paramref name="length"/> more bytes.</summary>
    private Span<byte> Free(int length)
    {
        if (Length + length > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + length));
        }
        return bytes.AsSpan(Length);
    }

    private static string SpecialCharacters()
    {
        var special = new StringBuilder("&<>\"_");
        for (char c = '\0'; c < ' '; c++)
        {
            special.Append(c);
        }
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            special.Append((char)c);
        }
        return special.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}

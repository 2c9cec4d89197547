using System;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Cli.Rendering;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// The JSON report is written through <see cref="TextWriterStream"/> a block of bytes at a time: any text, as UTF-8
/// cut anywhere (inside a Chinese character or a surrogate pair too), reaches the text writer unchanged.
/// </summary>
public class TextWriterStreamProperties
{
    private static readonly Gen<string> Texts =
        Gen.Elements("a", "7", ",", "\"", "\n", "好", "差评", "评价覆盖事项率", "\U0001F600", "é").ArrayOf().Select(parts => string.Concat(parts));

    [Property]
    public Property Text_written_as_utf8_in_pieces_cut_anywhere_arrives_unchanged() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(1, 7).ArrayOf().ToArbitrary(), (text, cuts) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            var output = new StringWriter();
            using (var stream = new TextWriterStream(output))
            {
                int at = 0;
                foreach (int length in cuts.Append(bytes.Length))
                {
                    int piece = Math.Min(length, bytes.Length - at);
                    stream.Write(bytes, at, piece);
                    at += piece;
                }
            }
            return (output.ToString() == text).Label($"{bytes.Length} bytes cut after {string.Join(", ", cuts)}");
        });
}

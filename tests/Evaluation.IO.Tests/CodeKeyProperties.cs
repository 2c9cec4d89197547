using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A code's key is packed once, in the first form that holds it: in two words exactly when the text packs as a short
/// text, else in four exactly when it packs as a long one, else not at all; and the words it keeps are those packings'
/// own. Texts of every length from empty to past the long packing's limit, with NUL and characters above ASCII.
/// </summary>
public class CodeKeyProperties
{
    private static readonly Gen<string> Texts = Gen.Choose(0, 36)
        .SelectMany(length => Gen.Elements('0', '9', 'M', 'M', '-', '\u0000', '\u007f', '\u0080', '好').ArrayOf(length))
        .Select(chars => new string(chars));

    [Property(MaxTest = 3000)]
    public Property A_key_holds_the_first_packing_that_fits_the_text() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            CodeKey key = CodeKey.Of(text);
            bool isShort = ShortText.TryPack(text, out ShortText shortKey);
            bool isLong = !isShort && LongText.TryPack(text, out _);
            LongText.TryPack(text, out LongText longKey);
            return key.IsShort == isShort && key.IsLong == isLong
                && (!isShort || key.Short == shortKey)
                && (!isLong || key.Long == longKey);
        });
}

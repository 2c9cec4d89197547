using System.Linq;
using Evaluation.Core.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Utility;

/// <summary>
/// The identifier rule (1 to 64 ASCII letters, digits, '-', '_', '.', '/', starting and ending with a letter or digit)
/// checked eight characters at a time agrees with the rule's own check on any text: every length from 0 to 70, the
/// allowed characters beside their neighbours in the code table, and characters beyond ASCII whose low byte is allowed.
/// </summary>
public class IdentifierSyntaxProperties
{
    /// <summary>The allowed characters, their neighbours, and look-alikes beyond ASCII (the allowed ones plus 0x100).</summary>
    private const string Characters =
        "-./09AZaz_M5k,:@[`{^+ \t\u007F\u0080\u012D\u0130\u0141\u0161\u015F\u4E2D\uFF10";

    private static readonly Gen<string> Texts =
        Gen.Choose(0, 70).SelectMany(length => Gen.Frequency(
                (4, Gen.Elements(Characters.Where(char.IsAsciiLetterOrDigit).ToArray())),
                (1, Gen.Elements(Characters.ToCharArray())))
            .ArrayOf(length)
            .Select(chars => new string(chars)));

    [Property(MaxTest = 3000)]
    public Property The_vector_check_agrees_with_the_identifier_rule_on_any_text() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
            (IdentifierSyntax.IsWellFormed(text) == (IdentifierSyntax.Check(text) is null)).Label($"'{text}' ({text.Length})"));

    [Theory]
    [InlineData("C000000001", true)]
    [InlineData("410238-D03_W3.x/9", true)]
    [InlineData("A234567-", false)]
    [InlineData("-A234567", false)]
    [InlineData("A23456,8", false)]
    [InlineData("A2345\u01618", false)]
    [InlineData("A2345 78Z", false)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ab", true)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789abc", false)]
    public void Identifiers_of_eight_to_sixty_four_characters_follow_the_rule(string text, bool wellFormed) =>
        Assert.Equal(wellFormed, Core.Utility.Identifiers.IsWellFormed(text));
}

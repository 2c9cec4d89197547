using System;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Identifiers;

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class IdentifierTests
{
    [Property]
    public bool Parse_then_format_returns_the_same_text(IdentifierText text) =>
        MatterCode.Parse(text.Value).ToString() == text.Value
        && CaseNumber.Parse(text.Value).Value == text.Value
        && UnitCode.Parse(text.Value).ToString() == text.Value
        && DepartmentCode.Parse(text.Value).ToString() == text.Value
        && WindowCode.Parse(text.Value).ToString() == text.Value
        && HallCode.Parse(text.Value).ToString() == text.Value
        && RatingId.Parse(text.Value).ToString() == text.Value
        && AppealId.Parse(text.Value).ToString() == text.Value
        && RatingTag.Parse(text.Value).ToString() == text.Value;

    [Property]
    public Property Equality_agrees_with_text_equality_and_hashing(IdentifierText a, IdentifierText b)
    {
        MatterCode x = MatterCode.Parse(a.Value);
        MatterCode y = MatterCode.Parse(b.Value);
        bool sameText = a.Value == b.Value;
        return (x.Equals(y) == sameText
                && (x == y) == sameText
                && (!sameText || x.GetHashCode() == y.GetHashCode())
                && Math.Sign(x.CompareTo(y)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value)))
            .Label($"{a.Value} vs {b.Value}");
    }

    [Property]
    public bool TryParse_agrees_with_Parse(string? text)
    {
        bool ok = CaseNumber.TryParse(text, out CaseNumber parsed);
        if (!ok)
        {
            return parsed == default && (text is null || Throws(() => CaseNumber.Parse(text)));
        }
        return CaseNumber.Parse(text!) == parsed;
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData(" 1234", "must start and end")]
    [InlineData("-1234", "must start and end")]
    [InlineData("12 34", "contains the character ' '")]
    [InlineData("A办件1", "contains the character '办'")]
    public void Malformed_identifiers_are_rejected_with_the_rule(string text, string reason)
    {
        FormatException error = Assert.Throws<FormatException>(() => MatterCode.Parse(text));
        Assert.Contains("MatterCode", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("410202", "410202000000")]
    [InlineData("410200", "410200000000")]
    [InlineData("410202001", "410202001000")]
    [InlineData("410202001002", "410202001002")]
    public void Division_codes_in_the_6_and_9_digit_forms_are_padded_to_12(string text, string twelve)
    {
        DivisionCode code = DivisionCode.Parse(text);
        Assert.Equal(twelve, code.Value);
        Assert.Equal(DivisionCode.Parse(twelve), code);
    }

    [Fact]
    public void An_identifier_longer_than_64_characters_is_rejected()
    {
        Assert.Throws<FormatException>(() => UnitCode.Parse(new string('a', 65)));
        Assert.Equal(64, UnitCode.Parse(new string('a', 64)).Value.Length);
    }

    [Fact]
    public void Default_identifier_is_empty_and_equals_no_parsed_one()
    {
        Assert.Equal(string.Empty, default(MatterCode).Value);
        Assert.NotEqual(default, MatterCode.Parse("a"));
    }

    [Fact]
    public void Identifiers_satisfy_the_equality_and_ordering_contracts()
    {
        EqualityContract.Check(MatterCode.Parse("A1"), MatterCode.Parse("A1"), MatterCode.Parse("A2"));
        EqualityContract.CheckOrdering(MatterCode.Parse("A1"), MatterCode.Parse("A2"));
        EqualityContract.Check(CaseNumber.Parse("C1"), CaseNumber.Parse("C1"), CaseNumber.Parse("c1"));
        EqualityContract.Check(DivisionCode.Parse("410202000000"), DivisionCode.Parse("410202000000"), DivisionCode.Parse("410203000000"));
        EqualityContract.CheckOrdering(DivisionCode.Parse("410202000000"), DivisionCode.Parse("410203000000"));
    }

    [Theory]
    [InlineData("41020200000")]
    [InlineData("4102020000001")]
    [InlineData("41020200000A")]
    [InlineData("41020")]
    [InlineData("4102020")]
    [InlineData("4102020010")]
    [InlineData("41020A")]
    public void A_division_code_must_be_six_nine_or_twelve_digits(string text)
    {
        Assert.False(DivisionCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DivisionCode.Parse(text));
    }

    [Fact]
    public void A_division_code_knows_its_province() =>
        Assert.Equal("41", DivisionCode.Parse("410202000000").Province);

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (FormatException)
        {
            return true;
        }
    }
}

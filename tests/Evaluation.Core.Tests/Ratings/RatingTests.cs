using System;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using Evaluation.Core.Tests.Support;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Ratings;

public class RatingTests
{
    [Theory]
    [InlineData(RatingLevel.VeryDissatisfied, "非常不满意")]
    [InlineData(RatingLevel.Dissatisfied, "不满意")]
    [InlineData(RatingLevel.FairlySatisfied, "基本满意")]
    [InlineData(RatingLevel.Satisfied, "满意")]
    [InlineData(RatingLevel.VerySatisfied, "非常满意")]
    public void Each_level_has_its_official_Chinese_name(RatingLevel level, string name) => Assert.Equal(name, level.ChineseName());

    [Fact]
    public void Every_channel_code_reads_back_as_its_channel_and_no_other_text_does()
    {
        foreach (RatingChannel channel in Enum.GetValues<RatingChannel>())
        {
            Assert.True(RatingChannels.TryFromCode(channel.ToCode().AsSpan(), out RatingChannel read));
            Assert.Equal(channel, read);
            Assert.False(RatingChannels.TryFromCode(channel.ToCode().ToUpperInvariant().AsSpan(), out _));
            Assert.False(RatingChannels.TryFromCode((channel.ToCode() + " ").AsSpan(), out _));
        }
        Assert.False(RatingChannels.TryFromCode("".AsSpan(), out _));
        Assert.False(RatingChannels.TryFromCode("wechat".AsSpan(), out _));
    }

    [Fact]
    public void A_level_outside_one_to_five_is_rejected()
    {
        Assert.False(RatingLevels.TryFromCode(6, out _));
        Assert.False(RatingLevels.TryFromCode(0, out _));
        Assert.Throws<ArgumentException>(() => Rating("R1", (RatingLevel)6));
    }

    [Fact]
    public void A_default_rating_comes_through_the_system_channel_only() =>
        Assert.Throws<ArgumentException>(() => new Rating(RatingId.Parse("R1"), Unit, RatingChannel.QrStatic, RatingLevel.Satisfied,
            RatingOrigin.Default, At("2023-12-05T10:31:00+08:00"), isRealName: false));

    [Fact]
    public void An_active_rating_cannot_use_the_system_channel() =>
        Assert.Throws<ArgumentException>(() => new Rating(RatingId.Parse("R1"), Unit, RatingChannel.System, RatingLevel.Satisfied,
            RatingOrigin.Active, At("2023-12-05T10:31:00+08:00"), isRealName: false));

    [Fact]
    public void A_rating_linked_to_a_case_names_its_matter() =>
        Assert.Throws<ArgumentException>(() => new Rating(RatingId.Parse("R1"), Unit, RatingChannel.Pc, RatingLevel.Satisfied,
            RatingOrigin.Active, At("2023-12-05T10:31:00+08:00"), isRealName: true, caseNumber: Case));

    [Fact]
    public void A_rating_not_linked_to_a_case_is_allowed()
    {
        var rating = new Rating(RatingId.Parse("R1"), Unit, RatingChannel.QrStatic, RatingLevel.Satisfied, RatingOrigin.Active,
            At("2023-12-05T10:31:00+08:00"), isRealName: false);
        Assert.False(rating.IsLinkedToCase);
    }

    [Fact]
    public void A_reason_is_a_tag_or_a_non_blank_comment()
    {
        Assert.False(Rating("R1", RatingLevel.Dissatisfied, comment: "  ").HasReason);
        Assert.True(Rating("R1", RatingLevel.Dissatisfied, comment: "等了两个小时").HasReason);
        var tagged = new Rating(RatingId.Parse("R2"), Unit, RatingChannel.Pc, RatingLevel.Dissatisfied, RatingOrigin.Active,
            At("2023-12-05T10:31:00+08:00"), true, tags: [RatingTag.Parse("slow"), RatingTag.Parse("slow")]);
        Assert.True(tagged.HasReason);
        Assert.Single(tagged.Tags);
    }

    [Fact]
    public void Known_tags_carry_the_questionnaire_wording()
    {
        Assert.Equal("在多个窗口间踢皮球，流程太繁琐", RatingTag.Parse("passed-around").ChineseName);
        Assert.Null(RatingTag.Parse("local-indicator").ChineseName);
        Assert.Contains(RatingTag.Parse("attitude"), RatingTag.Known);
    }

    [Theory]
    [InlineData(RatingChannel.Device, true)]
    [InlineData(RatingChannel.Tablet, true)]
    [InlineData(RatingChannel.QrStatic, true)]
    [InlineData(RatingChannel.Kiosk, true)]
    [InlineData(RatingChannel.QrDynamic, false)]
    [InlineData(RatingChannel.Pc, false)]
    [InlineData(RatingChannel.Hotline, false)]
    [InlineData(RatingChannel.System, false)]
    public void On_site_channels_are_device_tablet_static_QR_and_kiosk(RatingChannel channel, bool onSite) =>
        Assert.Equal(onSite, channel.IsOnSite());

    [Fact]
    public void Unit_hierarchy_records_reject_a_unit_that_is_its_own_parent() =>
        Assert.Throws<ArgumentException>(() => new ServiceUnit(Unit, "龙亭区", UnitLevel.County, parentCode: Unit));

    [Fact]
    public void A_functional_zone_has_no_division_code()
    {
        var zone = new ServiceUnit(UnitCode.Parse("SFQ"), "示范区", UnitLevel.FunctionalZone);
        Assert.Null(zone.DivisionCode);
    }

    [Fact]
    public void A_matter_with_a_zero_day_promise_is_an_immediate_matter()
    {
        var matter = new Evaluation.Core.Catalog.Matter(Samples.MatterA, "居民身份证换领", DepartmentCode.Parse("GA"), MatterKind.PublicService, 0);
        Assert.True(matter.IsImmediate);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Evaluation.Core.Catalog.Matter(Samples.MatterA, "x", DepartmentCode.Parse("GA"), MatterKind.PublicService, -1));
    }
}

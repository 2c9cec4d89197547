using System;
using System.Linq;
using Evaluation.Core.Policies;
using Evaluation.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Validation;

public class CrossRecordRulesProperties
{
    /// <summary>A row: its group (negative for none), the instant it was given and its identifier.</summary>
    private readonly record struct Row(int Group, int At, string Id);

    private static readonly Gen<Row[]> Rows =
        from count in Gen.Choose(0, 40)
        from rows in Gen.ArrayOf(
            from g in Gen.Choose(-1, 5)
            from at in Gen.Choose(0, 4)
            from id in Gen.Elements("a", "b", "c", "d")
            select new Row(g, at, id), count)
        select rows;

    private static int[] Beyond(Row[] rows, int allowed) =>
        CrossRecordRules.BeyondAllowance(rows.Length, 6, i => rows[i].Group,
            (a, b) => rows[a].At != rows[b].At ? rows[a].At.CompareTo(rows[b].At) : string.CompareOrdinal(rows[a].Id, rows[b].Id), allowed);

    /// <summary>Rule: of each group, the first rows in order (then input order) stand and the rest are beyond, as a LINQ reference says.</summary>
    [Property(MaxTest = 300)]
    public Property Rows_beyond_the_allowance_are_those_a_LINQ_reference_finds() =>
        Prop.ForAll(Rows.ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (rows, allowed) =>
        {
            int[] expected = [.. rows.Select((row, i) => (row, i))
                .Where(x => x.row.Group >= 0)
                .GroupBy(x => x.row.Group)
                .SelectMany(g => g.OrderBy(x => x.row.At).ThenBy(x => x.row.Id, StringComparer.Ordinal).ThenBy(x => x.i).Skip(allowed))
                .Select(x => x.i)
                .Order()];
            return Beyond(rows, allowed).SequenceEqual(expected);
        });

    /// <summary>Law: which rows are beyond does not depend on the order of the input, when the order tells every row of a group apart.</summary>
    [Property(MaxTest = 300)]
    public Property Rows_beyond_do_not_depend_on_input_order() =>
        Prop.ForAll(Rows.ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (rows, allowed) =>
        {
            Row[] distinct = [.. rows.DistinctBy(r => (r.Group, r.At, r.Id))];
            Row[] reversed = [.. distinct.Reverse()];
            var first = Beyond(distinct, allowed).Select(i => distinct[i]).ToHashSet();
            var second = Beyond(reversed, allowed).Select(i => reversed[i]).ToHashSet();
            return first.SetEquals(second);
        });

    /// <summary>Law: allowing more rows never puts more beyond, and every row beyond one allowance is beyond a smaller one.</summary>
    [Property(MaxTest = 300)]
    public Property A_larger_allowance_puts_fewer_rows_beyond() =>
        Prop.ForAll(Rows.ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (rows, allowed) =>
            Beyond(rows, allowed + 1).ToHashSet().IsSubsetOf(Beyond(rows, allowed)));

    [Fact]
    public void Rule_one_active_rating_per_case_or_one_per_stage()
    {
        Assert.Equal(1, CrossRecordRules.ActiveRatingsPerCase(EvaluationPolicy.National));
        EvaluationPolicy.Builder perStage = EvaluationPolicy.National.ToBuilder();
        perStage.RatingsPerCase = RatingsPerCase.OnePerStage;
        Assert.Equal(2, CrossRecordRules.ActiveRatingsPerCase(perStage.Build()));
    }

    [Fact]
    public void Rule_a_duplicate_identifier_is_told_first_then_the_records_own_problems()
    {
        RecordProblem calendar = RecordProblem.Of("completed_at", ErrorCodes.CalendarNotCovered);
        var problems = CrossRecordRules.Problems(ErrorCodes.CaseNumberDuplicate, CrossRecordRules.CaseProblems(matterUnknown: true, calendar));
        Assert.Equal([ErrorCodes.CaseNumberDuplicate, ErrorCodes.CaseMatterUnknown, ErrorCodes.CalendarNotCovered], problems.Select(p => p.Code));
        Assert.Equal(["id", "matter_code", "completed_at"], problems.Select(p => p.Field));
        Assert.Empty(CrossRecordRules.Problems(null, CrossRecordRules.CaseProblems(matterUnknown: false, null)));
    }

    [Fact]
    public void Rule_the_earliest_active_rating_of_a_case_stands_then_the_smaller_identifier()
    {
        Row[] rows = [new(0, 3, "a"), new(0, 1, "z"), new(1, 2, "b"), new(0, 1, "y"), new(-1, 0, "q")];
        Assert.Equal([0, 1], Beyond(rows, 1));
        Assert.Equal([0], Beyond(rows, 2));
    }
}

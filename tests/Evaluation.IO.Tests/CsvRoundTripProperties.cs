using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.IO.Tests;

public static class RecordGenerators
{
    private static readonly Gen<string> Code =
        Gen.Elements("A1", "410202", "M-001", "x.y/z", "Case_9", "R1", "U_2", "D-03");

    private static readonly Gen<Instant> When =
        Gen.Choose(0, 60 * 24 * 365 * 3).Select(m => Instant.FromUtc(2022, 1, 1, 0, 0) + Duration.FromMinutes(m) + Duration.FromSeconds(m % 60));

    private static readonly Gen<string?> Comment =
        Gen.Elements<string?>(null, "办理时间过长", "a, \"quoted\" comment", "line\nbreak", "  padded  ");

    public static Arbitrary<Rating> Rating() =>
        (from id in Code
         from unit in Code
         from level in Gen.Choose(1, 5)
         from isDefault in Gen.Elements(true, false)
         from channel in Gen.Choose(1, 13)
         from at in When
         from realName in Gen.Elements(true, false)
         from linked in Gen.Elements(true, false)
         from tags in Gen.SubListOf(new[] { RatingTag.Parse("slow"), RatingTag.Parse("attitude"), RatingTag.Parse("passed-around") })
         from comment in Comment
         select new Rating(RatingId.Parse(id), UnitCode.Parse(unit), isDefault ? RatingChannel.System : (RatingChannel)channel, (RatingLevel)level,
             isDefault ? RatingOrigin.Default : RatingOrigin.Active, at, realName,
             linked ? CaseNumber.Parse("C" + id) : null, linked ? MatterCode.Parse("M" + id) : null,
             linked ? DepartmentCode.Parse("D" + unit) : null, null, tags, comment)).ToArbitrary();

    public static Arbitrary<ServiceCase> Case() =>
        (from number in Code
         from accepted in When
         from minutes in Gen.Choose(-1, 5000)
         from window in Gen.Elements(true, false)
         select new ServiceCase(CaseNumber.Parse(number), MatterCode.Parse("M" + number), UnitCode.Parse("U" + number), accepted,
             minutes < 0 ? null : accepted + Duration.FromMinutes(minutes), null, window ? WindowCode.Parse("W" + number) : null)).ToArbitrary();

    public static Arbitrary<Appeal> Appeal() =>
        (from id in Code
         from filed in When
         from decision in Gen.Choose(0, 2)
         from ground in Gen.Choose(0, 3)
         select new Appeal(AppealId.Parse(id), RatingId.Parse("R" + id), filed, (AppealGround)ground, (AppealDecision)decision,
             decision == 0 ? null : filed + Duration.FromHours(3))).ToArbitrary();

    public static Arbitrary<RectificationOrder> Rectification() =>
        (from id in Code
         from start in When
         from steps in Gen.Choose(0, 3)
         from outcome in Gen.Choose(0, 3)
         select new RectificationOrder(RatingId.Parse(id), steps > 0 ? start : null, steps > 1 ? start + Duration.FromHours(5) : null,
             steps > 2 ? start + Duration.FromHours(6) : null, (RectificationOutcome)outcome)).ToArbitrary();

    public static Arbitrary<FollowUp> FollowUp() =>
        (from number in Code
         from at in When
         from channel in Gen.Choose(1, 5)
         from satisfied in Gen.Elements(true, false)
         select new FollowUp(CaseNumber.Parse(number), at, (FollowUpChannel)channel, satisfied)).ToArbitrary();

    public static Arbitrary<ServiceUnit> Unit() =>
        (from code in Code
         from level in Gen.Elements(UnitLevel.County, UnitLevel.Town, UnitLevel.FunctionalZone, UnitLevel.Village)
         from parent in Gen.Elements(true, false)
         select new ServiceUnit(UnitCode.Parse(code), "名称, \"引号\"", level,
             level == UnitLevel.FunctionalZone ? null : DivisionCode.Parse(level switch { UnitLevel.County => "410202000000", UnitLevel.Town => "410202001000", _ => "410202001002" }),
             parent && code != "410202" ? UnitCode.Parse("410202") : null)).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(RecordGenerators) }, MaxTest = 200)]
public class CsvRoundTripProperties
{
    private static List<T> RoundTrip<T>(CsvFileKind kind, IEnumerable<T> records, Action<TextWriter, T> write,
        Func<CsvRecordReader, TextReader, Action<Sourced<T>>, Action<CsvReject>, CsvFileSummary> read) where T : class
    {
        using var text = new StringWriter();
        CsvRecordWriter.WriteHeader(text, kind);
        foreach (T record in records)
        {
            write(text, record);
        }
        var back = new List<T>();
        var rejects = new List<CsvReject>();
        CsvFileSummary summary = read(new CsvRecordReader(), new StringReader(text.ToString()), s => back.Add(s.Record), rejects.Add);
        if (rejects.Count > 0 || summary.Rejected > 0)
        {
            throw new InvalidOperationException(string.Join("\n", rejects));
        }
        return back;
    }

    /// <summary>Whether two ratings agree on every field the file holds (comments up to surrounding white space).</summary>
    internal static bool SameRating(Rating a, Rating b) =>
        a.Id == b.Id && a.UnitCode == b.UnitCode && a.Channel == b.Channel && a.Level == b.Level && a.Origin == b.Origin && a.RatedAt == b.RatedAt
        && a.IsRealName == b.IsRealName && a.CaseNumber == b.CaseNumber && a.MatterCode == b.MatterCode && a.DepartmentCode == b.DepartmentCode
        && a.WindowCode == b.WindowCode && a.Tags.SequenceEqual(b.Tags) && a.Comment?.Trim() == b.Comment?.Trim();

    [Property]
    public bool Ratings_round_trip(Rating[] ratings) =>
        RoundTrip(CsvFileKind.Ratings, ratings, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadRatings(t, "ratings.csv", ok, bad))
            .Zip(ratings).All(p => SameRating(p.First, p.Second))
        && RoundTrip(CsvFileKind.Ratings, ratings, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadRatings(t, "ratings.csv", ok, bad)).Count == ratings.Length;

    /// <summary>
    /// Ratings written and read into a table, whole or as two files' tables joined (the tail's tags and comments then
    /// taking the head's indices), come back as written: tags and comments included, as the record parser reads them.
    /// </summary>
    [Property]
    public bool Ratings_round_trip_through_a_table(Rating[] ratings, int cut)
    {
        string Text(IEnumerable<Rating> part)
        {
            using var text = new StringWriter();
            CsvRecordWriter.WriteHeader(text, CsvFileKind.Ratings);
            foreach (Rating rating in part)
            {
                CsvRecordWriter.Write(text, rating);
            }
            return text.ToString();
        }
        Columnar.RatingTable Table(IEnumerable<Rating> part)
        {
            var table = new Columnar.RatingTable();
            var rejects = new List<CsvReject>();
            table.Read(new StringReader(Text(part)), "ratings.csv", rejects.Add);
            return rejects.Count == 0 ? table : throw new InvalidOperationException(string.Join("\n", rejects));
        }
        bool Same(Columnar.RatingTable table) =>
            table.Count == ratings.Length && Enumerable.Range(0, table.Count).All(row => SameRating(table.Materialize(row), ratings[row]));
        int head = (int)(unchecked((uint)cut) % (uint)(ratings.Length + 1));
        Columnar.RatingTable joined = Table(ratings.Take(head));
        joined.AppendTail(Table(ratings.Skip(head)), head);
        return Same(Table(ratings)) && Same(joined);
    }

    [Property]
    public bool Cases_round_trip(ServiceCase[] cases) =>
        RoundTrip(CsvFileKind.Cases, cases, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadCases(t, "cases.csv", ok, bad)).SequenceEqual(cases);

    [Property]
    public bool Appeals_round_trip(Appeal[] appeals) =>
        RoundTrip(CsvFileKind.Appeals, appeals, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadAppeals(t, "appeals.csv", ok, bad)).SequenceEqual(appeals);

    [Property]
    public bool Rectifications_round_trip(RectificationOrder[] orders) =>
        RoundTrip(CsvFileKind.Rectifications, orders, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadRectifications(t, "rectifications.csv", ok, bad)).SequenceEqual(orders);

    [Property]
    public bool Follow_ups_round_trip(FollowUp[] followUps) =>
        RoundTrip(CsvFileKind.FollowUps, followUps, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadFollowUps(t, "follow_ups.csv", ok, bad)).SequenceEqual(followUps);

    [Property]
    public bool Units_round_trip(ServiceUnit[] units) =>
        RoundTrip(CsvFileKind.Units, units, CsvRecordWriter.Write, (r, t, ok, bad) => r.ReadUnits(t, "units.csv", ok, bad)).SequenceEqual(units);
}

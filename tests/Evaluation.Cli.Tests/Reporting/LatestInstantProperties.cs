using System.Linq;
using Evaluation.IO.Columnar;
using Evaluation.Reporting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>The latest instant of a table's rows, found a part of the rows on each processor, is the latest of them all.</summary>
public class LatestInstantProperties
{
    [Property(MaxTest = 300)]
    public Property The_latest_of_rows_found_in_parts_is_the_latest_of_them_all() =>
        Prop.ForAll(
            Gen.Choose(-400_000, 400_000).Select(seconds => Instant.FromUnixTimeSeconds(1_700_000_000L + seconds)).NonEmptyListOf().Select(list => list.ToArray()).ToArbitrary(),
            Gen.Choose(1, 9).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (instants, partRows, seed) =>
            {
                var random = new System.Random(seed);
                int[] rows = [.. Enumerable.Range(0, instants.Length).Where(_ => random.Next(3) > 0)];
                rows = rows.Length == 0 ? [instants.Length - 1] : rows;
                PackedInstant[] packed = [.. instants.Select(PackedInstant.From)];
                Instant found = LatestInstant.Of(rows, new Instants(packed), partRows).Value;
                Instant expected = rows.Max(row => instants[row]);
                return (found == expected).Label($"{rows.Length} of {instants.Length} rows in parts of {partRows}: {found} against {expected}");
            });

    private readonly struct Instants(PackedInstant[] instants) : LatestInstant.IRowInstants
    {
        public PackedInstant At(int row) => instants[row];
    }
}

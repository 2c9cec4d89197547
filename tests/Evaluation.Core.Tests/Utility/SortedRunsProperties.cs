using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Core.Tests.Utility;

/// <summary>
/// Sorted runs read as one give every key of every run in ascending order: for no runs, empty runs, one run, and up to
/// a dozen runs of repeated, negative and equal keys, each a segment of a larger array.
/// </summary>
public class SortedRunsProperties
{
    private static readonly Gen<long> Keys = Gen.OneOf(Gen.Choose(-5, 20).Select(n => (long)n), ArbMap.Default.GeneratorFor<long>());

    [Property(MaxTest = 500)]
    public Property Sorted_runs_read_as_one_give_every_key_in_order() =>
        Prop.ForAll(Keys.ArrayOf().ArrayOf().Select(runs => runs.Take(12).ToArray()).ToArbitrary(), runs =>
        {
            // Each run sits in the middle of an array of its own, between keys that are not its.
            ArraySegment<long>[] segments = [.. runs.Select(run => new ArraySegment<long>([long.MinValue, .. run.Order(), long.MaxValue], 1, run.Length))];
            var merged = new SortedRuns(segments);
            var read = new List<long>();
            bool peeksAgree = true;
            while (merged.HasNext)
            {
                long peeked = merged.Peek;
                long next = merged.Next();
                peeksAgree &= peeked == next;
                read.Add(next);
            }
            long[] expected = [.. runs.SelectMany(r => r).Order()];
            return (peeksAgree && read.SequenceEqual(expected) && merged.Count == expected.Length).Label($"{runs.Length} runs, {expected.Length} keys");
        });
}

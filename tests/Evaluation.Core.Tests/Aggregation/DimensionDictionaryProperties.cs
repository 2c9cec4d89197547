using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Core.Tests.Aggregation;

public class DimensionDictionaryProperties
{
    private static readonly Gen<string> Codes = Gen.Choose(0, 300).Select(i => "M" + i);

    [Property(MaxTest = 300)]
    public Property Codes_get_dense_indices_in_order_of_first_appearance_whatever_the_string_instance()
    {
        return Prop.ForAll(Gen.ListOf(Codes).ToArbitrary(), codes =>
        {
            var dictionary = new DimensionDictionary();
            // Each code arrives as a fresh string, then again as the instance first seen: both must find one index.
            int[] indices = [.. codes.Select(c => dictionary.GetOrAdd(new string(c.AsSpan())))];
            List<string> distinct = [.. codes.Distinct()];
            bool dense = indices.SequenceEqual(codes.Select(c => distinct.IndexOf(c) + 1));
            bool roundTrip = Enumerable.Range(1, distinct.Count).All(i => dictionary.KeyAt(i) == distinct[i - 1]);
            bool byReference = Enumerable.Range(1, distinct.Count).All(i => dictionary.GetOrAdd(dictionary.KeyAt(i)) == i);
            return dense && roundTrip && byReference && dictionary.Count == distinct.Count + 1
                && dictionary.GetOrAdd(null) == 0 && dictionary.KeyAt(0) is null;
        });
    }
}

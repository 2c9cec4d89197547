using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A key column's first occurrences and matches equal a dictionary's, whether its keys arrive in order (matched in one
/// pass) or not (matched in partitions), with repeated keys, rows without a key, keys of one width or of many, GUIDs
/// (packed, and turned back into text by a key that is not one, or by a column of another form beside them), and
/// columns made of a head and a tail appended to it (the order and the widths of the two parts judged across the seam).
/// </summary>
public class KeyColumnProperties
{
    /// <summary>
    /// GUIDs, held packed while a column's keys are all GUIDs of one case: in lower and upper case, of digits alone (which
    /// either case may hold), and texts of a GUID's length that are not one (a letter beyond f, a hyphen moved, a case
    /// mixed), which turn a column of packed GUIDs back into text.
    /// </summary>
    private static readonly Gen<string> Guids = Gen.Choose(0, 40).SelectMany(n => Gen.Elements(
        $"{n:x8}-0000-4a6b-8c2e-{n * 7919:x12}",
        $"{n:X8}-0000-4A6B-8C2E-{n * 7919:X12}",
        $"{n:D8}-1234-5678-9012-{n:D12}",
        $"{n:x8}-0000-4a6b-8c2e-{n:x11}g",
        $"{n:x8}0-000-4a6b-8c2e-{n:x12}",
        $"{n:x8}-0000-4A6b-8c2e-{n:x12}"));

    private static readonly Gen<string> Keys = Gen.OneOf(
        Gen.Choose(0, 40).Select(n => $"C{n:D3}"),
        Gen.Choose(0, 40).Select(n => $"C{n}"),
        Gen.Choose(0, 40).Select(n => $"C000000{n}"),
        Gen.Choose(0, 40).Select(n => $"R{n:D13}{n % 3}"),
        Guids,
        Gen.Constant(""));

    /// <summary>
    /// Keys of one length, as identifiers usually are: kept without each row's end; 4, 10 and 23 bytes (compared in
    /// overlapping words), 16 and 32, the 23- and 32-byte ones differing in their first, middle or last word.
    /// </summary>
    private static readonly Gen<string> KeysOfOneWidth = Gen.OneOf(
        Gen.Elements("D3", "D9", "D15").SelectMany(format => Gen.Choose(0, 40).Select(n => "C" + n.ToString(format, System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Choose(0, 40).Select(n => $"114{n % 3}0000MB{n * 7 % 41:D9}20{n % 4:D2}"),
        Gen.Choose(0, 40).Select(n => $"{n % 2}{n * 13 % 41:D15}{n % 5:D16}"),
        Gen.Choose(0, 40).Select(n => $"{n * 2654435761L:x8}-0000-4a6b-8c2e-{n:x12}"));

    /// <summary>Lists of keys, of one width or of many: as drawn, or put in ordinal order (rows without a key left where they fall).</summary>
    private static readonly Gen<string[]> Columns =
        from oneWidth in ArbMap.Default.GeneratorFor<bool>()
        from keys in (oneWidth ? KeysOfOneWidth : Keys).ArrayOf()
        from ordered in ArbMap.Default.GeneratorFor<bool>()
        select ordered ? InOrder(keys) : keys;

    /// <summary>
    /// Columns of GUIDs from a few, mostly in lower case, now and then one in upper case, one that is not a GUID, or none:
    /// columns packed whole, turned back into text in the head, in the tail or beside a column of another form.
    /// </summary>
    private static readonly Gen<string[]> GuidColumns =
        from keys in Gen.Frequency(
            (12, Gen.Choose(0, 5).Select(n => $"{n * 40503:x8}-0000-4a6b-8c2e-{n:x12}")),
            (1, Gen.Choose(0, 5).Select(n => $"{n * 40503:X8}-0000-4A6B-8C2E-{n:X12}")),
            (1, Gen.Elements("C1", "")))
            .ArrayOf()
        from ordered in ArbMap.Default.GeneratorFor<bool>()
        select ordered ? InOrder(keys) : keys;

    private static readonly Gen<((int Cut, int Split), bool PreparedFirst)> Shapes =
        Gen.Choose(0, 100).Zip(Gen.Choose(0, 30)).Zip(ArbMap.Default.GeneratorFor<bool>());

    [Property(MaxTest = 300)]
    public Property First_occurrences_and_matches_equal_a_dictionarys() =>
        Prop.ForAll(Columns.ToArbitrary(), Columns.ToArbitrary(), Shapes.ToArbitrary(), Agree);

    [Property(MaxTest = 300)]
    public Property Columns_of_GUIDs_match_as_their_texts() =>
        Prop.ForAll(GuidColumns.ToArbitrary(), GuidColumns.ToArbitrary(), Shapes.ToArbitrary(), Agree);

    /// <summary>
    /// Once its keys are released, a column still says which rows had one (a report encodes that after letting the keys
    /// go), for keys of one width and for keys of many with rows without one among them, across a head and a tail;
    /// reading a key is refused, and releasing twice changes nothing.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Whether_a_row_had_a_key_is_known_after_the_keys_are_released() =>
        Prop.ForAll(Columns.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (keys, cut) =>
        {
            KeyColumn column = ColumnOf(keys, cut, split: 0);
            column.Release();
            column.Release();
            bool refused = keys.Length == 0 || Throws(() => column.TextAt(0));
            return Enumerable.Range(0, keys.Length).All(r => column.Has(r) == (keys[r].Length > 0)).Label("each row's presence kept")
                .And(column.IsReleased && refused).Label("keys refused")
                .And(column.Count == keys.Length).Label("every row");
        });

    /// <summary>
    /// Keys of 7 to 17 characters from three, so that they share first, middle or last characters (those of 8 to 16
    /// are compared as two words, the others by their bytes), and rows without a key: the order a column notes as they
    /// are added, across a head and a tail, is their ordinal order, for lists put in order, in order but for two
    /// neighbours swapped, and as drawn.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property The_order_noted_is_the_ordinal_order_of_keys_around_the_packings_seams() =>
        Prop.ForAll(SeamColumns.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (keys, cut) =>
        {
            KeyColumn column = ColumnOf(keys, cut, split: 0);
            string[] present = [.. keys.Where(k => k.Length > 0)];
            bool strictly = present.Zip(present.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) < 0);
            return (column.IsAscending == IsInOrder(keys)).Label("in order")
                .And(column.IsStrictlyAscending == strictly).Label("strictly in order");
        });

    private static readonly Gen<string[]> SeamColumns =
        from keys in Gen.Frequency(
                (8, Gen.Choose(7, 17).SelectMany(length => Gen.Elements('0', '9', 'C').ArrayOf(length)).Select(chars => new string(chars))),
                (1, Gen.Constant("")))
            .ArrayOf()
        from shape in Gen.Choose(0, 2)
        from swapAt in Gen.Choose(0, 1000)
        select shape == 0 ? keys : shape == 1 ? InOrder(keys) : SwapNeighbours(InOrder(keys), swapAt);

    private static string[] SwapNeighbours(string[] keys, int at)
    {
        if (keys.Length >= 2)
        {
            int first = at % (keys.Length - 1);
            (keys[first], keys[first + 1]) = (keys[first + 1], keys[first]);
        }
        return keys;
    }

    private static bool Throws(Func<string?> read)
    {
        try
        {
            read();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>
    /// Keys out of order, matched in partitions: distinct keys are found once each; keys named twice by thousands of rows
    /// (beyond the rows found again that are looked for one by one) are not, and neither is one key named twice among
    /// thousands.
    /// </summary>
    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, false, false)]
    [InlineData(1, true, false)]
    public void Rows_found_once_are_told_apart_from_rows_sharing_a_key(int copies, bool lastRepeatsFirst, bool once)
    {
        // 10,000 rows in a scattered order, each key named by `copies` rows, the last row's key perhaps the first's.
        const int rows = 10_000;
        string[] probeKeys = [.. Enumerable.Range(0, rows).Select(r => $"C{(r * 7919L % rows) / copies:D8}")];
        if (lastRepeatsFirst)
        {
            probeKeys[^1] = probeKeys[0];
        }
        string[] buildKeys = [.. Enumerable.Range(0, rows).Select(r => $"C{r:D8}")];
        KeyColumn probe = ColumnOf(probeKeys, cut: 100, split: 0), build = ColumnOf(buildKeys, cut: 100, split: 0);
        int[] found = probe.FindIn(build, out bool foundOnce);
        Assert.False(probe.IsAscending);
        Assert.Equal(once, foundOnce);
        Assert.Equal(probeKeys.Select(k => int.Parse(k[1..], System.Globalization.CultureInfo.InvariantCulture)), found);
    }

    /// <summary>A probe column's first occurrences, its matches in a build column and a few keys found in it, against a dictionary's.</summary>
    private static Property Agree(string[] probeKeys, string[] buildKeys, ((int Cut, int Split), bool PreparedFirst) shape)
    {
        ((int cut, int split), bool preparedFirst) = shape;
        // A third of the shapes keep 18 bits of each hash (16 choosing partitions, 2 within them): keys of other text
        // then share hashes, and every match, first occurrence and look-up is settled by the keys' text.
        bool weakHash = split % 3 == 0;
        KeyColumn probe = ColumnOf(probeKeys, cut, split, weakHash), build = ColumnOf(buildKeys, cut, split, weakHash);
        bool ordered = IsInOrder(probeKeys) && IsInOrder(buildKeys);
        int[] expectedFirst = [.. probeKeys.Select(k => k.Length == 0 ? -1 : Array.IndexOf(probeKeys, k))];
        int[] expectedFound = [.. probeKeys.Select(k => k.Length == 0 ? -1 : Array.IndexOf(buildKeys, k))];
        // The first keys are asked twice, as a rating an appeal and an order both name is.
        string[] asked = [.. probeKeys.Where(k => k.Length > 0).Take(5), .. probeKeys.Where(k => k.Length > 0).Take(2), "C999", ""];
        var expectedAll = asked.Where(k => k.Length > 0).Distinct().Where(buildKeys.Contains).ToDictionary(k => k, k => Array.IndexOf(buildKeys, k));
        // Whether two rows share a key found in the build column: keys in order tell only whether any key repeats.
        bool sharedFound = probeKeys.Where(k => k.Length > 0 && buildKeys.Contains(k)).GroupBy(k => k).Any(g => g.Count() > 1);
        bool expectedOnce = IsInOrder(probeKeys) && IsInOrder(buildKeys)
            ? probeKeys.Where(k => k.Length > 0).Distinct().Count() == probeKeys.Count(k => k.Length > 0)
            : !sharedFound;

        // The case numbers are prepared while the ratings are read, before the two are matched, as a directory is read.
        if (preparedFirst)
        {
            build.Prepare();
        }
        int[] found = probe.FindIn(build, out bool foundOnce);
        build.Prepare();
        Dictionary<string, int> all = build.FindAll(asked);
        return Enumerable.Range(0, probeKeys.Length).All(r => probe.TextAt(r) == probeKeys[r] && probe.Has(r) == (probeKeys[r].Length > 0)).Label("each row's key kept")
            .And(probe.Count == probeKeys.Length).Label("every row")
            .And(probe.IsAscending == IsInOrder(probeKeys)).Label("order noted across the seam")
            .And(Enumerable.Range(0, probeKeys.Length).All(r => probe.FirstOccurrences()[r] == expectedFirst[r])).Label($"first occurrences (in order: {ordered})")
            .And(probe.IsStrictlyAscending == (IsInOrder(probeKeys) && probeKeys.Where(k => k.Length > 0).Distinct().Count() == probeKeys.Count(k => k.Length > 0))).Label("strict order noted across the seam")
            .And(found.SequenceEqual(expectedFound)).Label("matches")
            .And(foundOnce == expectedOnce).Label("whether no two rows share a key found")
            .And(all.Count == expectedAll.Count && expectedAll.All(p => all.GetValueOrDefault(p.Key, -2) == p.Value)).Label("a few keys found");
    }

    /// <summary>A column of keys, the first <paramref name="cut"/> percent added to it and the rest added to a tail appended after.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cut">The percentage of rows in the head.</param>
    /// <param name="split">The fewest rows matched in order in two halves (<see cref="KeyColumn.RowsToSplit"/>), and less 1 modulo 7 the rows of a part (<see cref="KeyColumn.PartRows"/>).</param>
    /// <param name="weakHash">Whether the column keeps 18 bits of each key's hash (<see cref="KeyColumn.HashMask"/>), so that keys share hashes.</param>
    private static KeyColumn ColumnOf(string[] keys, int cut, int split, bool weakHash = false)
    {
        int head = keys.Length * cut / 100;
        // Keys are partitioned, and matches confirmed, in parts of a few rows, so that short columns span several,
        // and partitioned by more bits than their few keys would be: 4 to 10, the probe's and the build's differing; with
        // little room beyond an even spread in each piece's partitions, so that some fill and have their keys counted first.
        var column = new KeyColumn
        {
            RowsToSplit = split,
            PartRows = 1 + (split % 7),
            KeysPerPartition = 1 + (keys.Length % 3) * (split % 4),
            PartitionRoom = split % 5,
            HashMask = weakHash ? 0xFFFF_0000_0000_0003UL : ulong.MaxValue,
        };
        var tail = new KeyColumn();
        foreach (string key in keys[..head])
        {
            column.Add(key);
        }
        foreach (string key in keys[head..])
        {
            tail.Add(key);
        }
        column.AppendAll(tail);
        return column;
    }

    private static string[] InOrder(string[] keys)
    {
        string[] sorted = [.. keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal)];
        int next = 0;
        return [.. keys.Select(k => k.Length == 0 ? k : sorted[next++])];
    }

    private static bool IsInOrder(string[] keys)
    {
        string[] present = [.. keys.Where(k => k.Length > 0)];
        return present.Zip(present.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) <= 0);
    }
}

using System;
using System.Linq;
using System.Text;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A column's keys partitioned by their hashes' top bits: each row with a key is listed once, in the partition its hash
/// chooses, beside its hash's low bits, and a partition's rows ascend across its pieces, whether the partitions were
/// written in one pass (each piece of the rows into room of its own) or counted first because some room filled.
/// </summary>
public class KeyPartitionsProperties
{
    /// <summary>Keys from a few (so that some repeat many times and fill their rooms), or none.</summary>
    private static readonly Gen<string[]> Columns =
        from distinct in Gen.Choose(1, 60)
        from keys in Gen.Choose(0, distinct).Select(n => n == 0 ? "" : $"K{n:D4}").ArrayOf()
        select keys;

    private static readonly Gen<(int Bits, int Room, int PartRows)> Shapes =
        from bits in Gen.Choose(4, 10)
        from room in Gen.Choose(0, 3)
        from partRows in Gen.Choose(1, 40)
        select (bits, room, partRows);

    [Property(MaxTest = 300)]
    public Property Each_row_with_a_key_is_listed_once_in_its_partition_in_ascending_order() =>
        Prop.ForAll(Columns.ToArbitrary(), Shapes.ToArbitrary(), (keys, shape) =>
        {
            KeyColumn column = ColumnOf(keys, shape.Room, shape.PartRows);
            KeyPartitions partitions = KeyPartitions.Of(column, shape.Bits);
            int[] listed = new int[keys.Length];
            bool placed = true, ascending = true, within = true;
            for (int p = 0; p < partitions.Count; p++)
            {
                int previous = -1;
                for (int piece = 0; piece < partitions.Pieces; piece++)
                {
                    within &= partitions.StartOf(p, piece) <= partitions.EndOf(p, piece) && partitions.EndOf(p, piece) <= partitions.Entries.Length;
                    for (int i = partitions.StartOf(p, piece); i < partitions.EndOf(p, piece); i++)
                    {
                        KeyEntry entry = partitions.Entries[i];
                        ulong hash = KeyPartitions.Hash(Encoding.ASCII.GetBytes(keys[entry.Row]));
                        listed[entry.Row]++;
                        placed &= partitions.PartitionOf(hash) == p && entry.Hash == unchecked((uint)hash);
                        ascending &= entry.Row > previous;
                        previous = entry.Row;
                    }
                }
            }
            return Enumerable.Range(0, keys.Length).All(r => listed[r] == (keys[r].Length > 0 ? 1 : 0)).Label("each row with a key once")
                .And(placed).Label("in its hash's partition, beside its hash's low bits")
                .And(ascending).Label("ascending across the pieces")
                .And(within).Label("pieces within the entries")
                .And(partitions.Count == 1 << shape.Bits).Label("partitions of the bits asked for");
        });

    [Fact]
    public void Distinct_keys_are_written_in_one_pass_a_piece_a_processor()
    {
        string[] keys = [.. Enumerable.Range(0, 100_000).Select(n => $"C{n * 7919 % 100_000:D8}")];
        KeyPartitions partitions = KeyPartitions.Of(ColumnOf(keys, room: 16, partRows: 1 << 16), bits: 4);
        int pieceRows = Math.Max(1 << 16, (keys.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount);
        Assert.Equal((keys.Length + pieceRows - 1) / pieceRows, partitions.Pieces);
        Assert.Equal(keys.Length, Enumerable.Range(0, partitions.Count).Sum(partitions.KeysIn));
    }

    [Fact]
    public void A_key_repeated_beyond_its_room_has_the_keys_counted_first()
    {
        // Half the rows hold one key: its partition's room in each piece (an even spread's and 8 deviations) overflows.
        string[] keys = [.. Enumerable.Range(0, 10_000).Select(n => n % 2 == 0 ? "C1" : $"C{n:D6}")];
        KeyPartitions partitions = KeyPartitions.Of(ColumnOf(keys, room: 16, partRows: 1_000), bits: 4);
        Assert.Equal(1, partitions.Pieces);
        Assert.Equal(keys.Length, Enumerable.Range(0, partitions.Count).Sum(partitions.KeysIn));
    }

    private static KeyColumn ColumnOf(string[] keys, int room, int partRows)
    {
        var column = new KeyColumn { PartitionRoom = room, PartRows = partRows };
        foreach (string key in keys)
        {
            column.Add(key);
        }
        return column;
    }
}

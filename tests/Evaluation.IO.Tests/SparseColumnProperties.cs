using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>A sparse column gives every row the value set for it, and 0 otherwise, alone or with another appended after it.</summary>
public class SparseColumnProperties
{
    private static readonly Gen<int[]> Values = Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 5))).ArrayOf();

    [Property(MaxTest = 300)]
    public Property Each_row_reads_back_its_value_and_an_appended_column_reads_back_shifted_and_mapped()
    {
        Gen<(int[], int[])> pairs = from head in Values from tail in Values select (head, tail);
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            (int[] head, int[] tail) = pair;
            int[] map = [0, 10, 20, 30, 40, 50];
            var column = new SparseColumn();
            var other = new SparseColumn();
            for (int row = 0; row < head.Length; row++)
            {
                column.Set(row, head[row]);
            }
            for (int row = 0; row < tail.Length; row++)
            {
                other.Set(row, tail[row]);
            }
            bool alone = Enumerable.Range(-1, head.Length + 3).All(row => column[row] == (row >= 0 && row < head.Length ? head[row] : 0));
            column.AppendAll(other, head.Length, map);
            int[] expected = [.. head, .. tail.Select(v => map[v])];
            bool appended = Enumerable.Range(0, expected.Length + 2).All(row => column[row] == (row < expected.Length ? expected[row] : 0));
            return alone.Label("alone").And(appended.Label("with another appended"));
        });
    }
}

using System.Collections.Generic;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A sparse column gives every row the value set for it, and 0 otherwise, alone or with another appended after it
/// (its rows shifted, its values mapped): rows a few apart or thousands apart, so that blocks of 1,024 rows hold many
/// entries, one, or none.
/// </summary>
public class SparseColumnProperties
{
    private static readonly Gen<int[]> Values = Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 5))).ArrayOf();

    [Property(MaxTest = 300)]
    public Property Each_row_reads_back_its_value_and_an_appended_column_reads_back_shifted_and_mapped()
    {
        Gen<(int[], int[], int, int)> cases =
            from head in Values
            from tail in Values
            from stride in Gen.Elements(1, 3, 700, 1024, 2500)
            from shift in Gen.Choose(0, 5000)
            select (head, tail, stride, shift);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (int[] head, int[] tail, int stride, int shift) = c;
            int[] map = [0, 10, 20, 30, 40, 50];
            var column = new SparseColumn();
            var other = new SparseColumn();
            var expected = new Dictionary<int, int>();
            for (int i = 0; i < head.Length; i++)
            {
                column.Set(i * stride, head[i]);
                expected[i * stride] = head[i];
            }
            int headRows = (head.Length * stride) + shift;
            for (int i = 0; i < tail.Length; i++)
            {
                other.Set(i * stride, tail[i]);
            }
            int last = head.Length * stride;
            bool alone = Enumerable.Range(-1, last + 3).All(row => column[row] == expected.GetValueOrDefault(row));
            column.AppendAll(other, headRows, map);
            for (int i = 0; i < tail.Length; i++)
            {
                expected[headRows + (i * stride)] = map[tail[i]];
            }
            int end = headRows + (tail.Length * stride);
            bool appended = Enumerable.Range(-1, end + 3).All(row => column[row] == expected.GetValueOrDefault(row));
            return alone.Label("alone").And(appended.Label("with another appended"));
        });
    }
}

using System.Linq;
using System.Threading;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// Rows cut into parts run on every processor: each row is visited once, in parts of the size asked for, and the rows a
/// filter keeps come out as a pass in order would give them, whatever the part size against the count.
/// </summary>
public class RowPartsProperties
{
    private static readonly Gen<(int[] Items, int PartRows, int Modulus, int Remainder)> Cases =
        from items in Gen.Choose(-1_000, 1_000).ArrayOf()
        from partRows in Gen.Choose(1, items.Length + 3)
        from modulus in Gen.Choose(1, 4)
        from remainder in Gen.Choose(0, modulus - 1)
        select (items, partRows, modulus, remainder);

    [Property(MaxTest = 300)]
    public Property Each_row_is_visited_once_in_parts_of_the_size_asked_for()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            int count = c.Items.Length;
            int[] visits = new int[count];
            bool partsWellCut = true;
            RowParts.ForEach(count, (start, end) =>
            {
                if (start % c.PartRows != 0 || end - start > c.PartRows || end <= start || (end != count && end - start != c.PartRows))
                {
                    partsWellCut = false;
                }
                for (int row = start; row < end; row++)
                {
                    Interlocked.Increment(ref visits[row]);
                }
            }, c.PartRows);
            return visits.All(v => v == 1).Label("each row once").And(partsWellCut.Label("parts cut at the size asked for"));
        });
    }

    [Property(MaxTest = 300)]
    public Property Rows_kept_are_those_a_pass_in_order_keeps()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            bool Keep(int item) => ((item % c.Modulus) + c.Modulus) % c.Modulus == c.Remainder;
            int[] expected = [.. c.Items.Where(Keep)];
            int[] kept = RowParts.Where(c.Items, Keep, c.PartRows);
            return kept.SequenceEqual(expected).Label($"kept [{string.Join(",", kept)}], expected [{string.Join(",", expected)}]");
        });
    }
}

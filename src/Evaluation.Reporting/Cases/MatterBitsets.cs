using System.Numerics;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// Bitsets of matters for counting cases' distinct matters, one block of words per slot (a target, or a combination of
/// codes and period): each block's present and rated words side by side, as <see cref="MatterMarks"/> keeps them, so
/// that marking a case touches one cache line. Each run marks its own bitsets; the runs' are then united.
/// </summary>
internal static class MatterBitsets
{
    /// <summary>The words of one slot's block for matters of indices below <paramref name="matters"/>.</summary>
    internal static int WordsPerSlot(int matters) => 2 * ((matters + 63) >> 6);

    /// <summary>Marks a matter present in the block starting at <paramref name="slotStart"/>, and rated when <paramref name="rates"/>.</summary>
    internal static void Mark(ulong[] bits, long slotStart, int matter, bool rates)
    {
        long at = slotStart + (2 * (matter >> 6));
        ulong bit = 1UL << matter;
        bits[at] |= bit;
        bits[at + 1] |= rates ? bit : 0;
    }

    /// <summary>Unites every run's bitsets into the first run's, which it returns.</summary>
    internal static ulong[] Unite(ulong[][] bitsOfRun)
    {
        ulong[] united = bitsOfRun[0];
        for (int run = 1; run < bitsOfRun.Length; run++)
        {
            ulong[] bits = bitsOfRun[run];
            for (int w = 0; w < united.Length; w++)
            {
                united[w] |= bits[w];
            }
        }
        return united;
    }

    /// <summary>The distinct matters present, and rated, in the block starting at <paramref name="slotStart"/>.</summary>
    internal static (long Present, long Rated) Count(ulong[] bits, long slotStart, int wordsPerSlot)
    {
        long present = 0, rated = 0;
        for (long w = slotStart; w < slotStart + wordsPerSlot; w += 2)
        {
            present += BitOperations.PopCount(bits[w]);
            rated += BitOperations.PopCount(bits[w + 1]);
        }
        return (present, rated);
    }
}

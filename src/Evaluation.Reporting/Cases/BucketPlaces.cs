namespace Evaluation.Reporting.Cases;

/// <summary>The prefix sums of a counting sort done in parts: where each part's items of each bucket go.</summary>
internal static class BucketPlaces
{
    /// <summary>
    /// Turns each part's counts by bucket into the place of the part's first item of each bucket, buckets in order and,
    /// within a bucket, parts in order, so that writing each part's items in order from those places is a stable sort.
    /// </summary>
    /// <param name="countsOfPart">Each part's count of items by bucket; replaced, in place, by the places.</param>
    /// <param name="buckets">The number of buckets.</param>
    /// <returns>Each bucket's start, and after them the number of items.</returns>
    internal static int[] Assign(int[][] countsOfPart, int buckets)
    {
        int[] starts = new int[buckets + 1];
        int at = 0;
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            starts[bucket] = at;
            foreach (int[] counts in countsOfPart)
            {
                int count = counts[bucket];
                counts[bucket] = at;
                at += count;
            }
        }
        starts[buckets] = at;
        return starts;
    }
}

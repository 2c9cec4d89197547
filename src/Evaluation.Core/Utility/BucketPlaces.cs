namespace Evaluation.Core.Utility;

/// <summary>The prefix sums of a counting sort done in parts: where each part's items of each bucket go, and how to share the buckets out again.</summary>
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

    /// <summary>
    /// The first bucket of a share of the sorted items, by the buckets' starts (<see cref="Assign"/>): the buckets from
    /// share <c>s</c>'s first to share <c>s + 1</c>'s hold about <c>1 / shares</c> of the items, and no bucket is split.
    /// </summary>
    /// <param name="starts">Each bucket's start, and after them the number of items.</param>
    /// <param name="share">The share, from 0 to <paramref name="shares"/> (which gives the number of buckets).</param>
    /// <param name="shares">The number of shares.</param>
    internal static int FirstOfShare(int[] starts, int share, int shares)
    {
        int buckets = starts.Length - 1;
        if (share >= shares)
        {
            return buckets;
        }
        long target = (long)starts[buckets] * share / shares;
        int low = 0, high = buckets;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (starts[middle] < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}

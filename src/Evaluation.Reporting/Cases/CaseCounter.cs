using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Utility;
using Evaluation.IO.Columnar;
using NodaTime;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// The case counts of a report, made from the tables the cases and ratings were read into. By group, a completed case
/// counts (by its codes and completion instant) as actively rated when a valid active rating names it, followed up (and
/// dissatisfied) by its follow-ups, and on time by its matter's promised limit (<see cref="CaseTallies"/>); its matter
/// counts among the group's rated matters when the case is actively rated (or, under a policy whose coverage counts
/// default ratings, has any valid rating). Records are made only for cases whose matter the catalogue lists and for
/// ratings an appeal names.
/// </summary>
/// <remarks>Each instance serves the one report context its counts are first asked for, and keeps what every count shares.</remarks>
/// <param name="cases">The cases read.</param>
/// <param name="ratings">The ratings read.</param>
/// <param name="validation">Which rows were kept.</param>
/// <param name="defaults">The default ratings owed at the as-of instant.</param>
/// <param name="voided">The rows of the accepted ratings an upheld appeal voids (<see cref="VoidedRatingRows"/>).</param>
/// <param name="denseGroupLimit">The most (code, code, period) combinations counted in a dense table rather than by hashing.</param>
/// <param name="rowsPerRun">The fewest kept rows a run of the cases' counting is given (fewer rows are one run).</param>
/// <param name="runLimit">The most runs the cases' counting is cut into; 0 for one per processor.</param>
/// <param name="matterBitsetLimit">The most words the runs' bitsets of matters (by target, or by combination of codes and period) may hold together before matters are counted from marks.</param>
/// <param name="partitionedFrom">The fewest (code, code, period) combinations of a grouping by the matter counted in partitions (<see cref="CountInPartitions"/>).</param>
/// <param name="partitionBits">The bits of a partition's range of combinations (its sums' table has 2^bits places).</param>
/// <param name="partitionedPerCase">The combinations a kept case may bring to the partitions beyond the dense limit; beyond, the cases are counted by sorting (<see cref="CountBySorting"/>).</param>
internal sealed partial class CaseCounter(
    CaseTable cases, RatingTable ratings, ColumnarValidation validation, OwedDefaultRatings defaults, IReadOnlySet<int> voided,
    long denseGroupLimit = CaseCounter.DefaultDenseGroupLimit, int rowsPerRun = CaseCounter.DefaultRowsPerRun, int runLimit = 0,
    long matterBitsetLimit = CaseCounter.DefaultMatterBitsetLimit, long partitionedFrom = CaseCounter.DefaultPartitionedFrom, int partitionBits = CaseCounter.DefaultPartitionBits,
    long partitionedPerCase = CaseCounter.PartitionedCombinationsPerCase)
{
    /// <summary>The fewest kept rows a run of the counting is given by default: 65,536.</summary>
    internal const int DefaultRowsPerRun = 1 << 16;

    /// <summary>The most combinations counted in a dense table by default: 2^22 (16 MB).</summary>
    internal const long DefaultDenseGroupLimit = 1 << 22;

    /// <summary>The most entries of dense tables the runs of one count hold together: 2^24 (64 MB).</summary>
    private const long DenseTablesBudget = 1 << 24;

    /// <summary>The rows whose groups are found, and their sums fetched, before any of them is added (<see cref="Collect"/>).</summary>
    private const int GroupBlock = 32;

    private bool[]? activelyRated;
    private bool[]? ratedForCoverage;
    private bool[]? onTime;
    private byte[]? followUpOfRow;
    // The total a count by a grouping found on its way, boxed so that it is published whole to other threads.
    private StrongBox<CaseSums>? total;

    /// <summary>Whether any accepted case is completed.</summary>
    internal bool HasCompletedCases => validation.KeptCases.Any(row => cases.Rows[row].IsCompleted);

    /// <summary>The counts of each group of the completed cases in the report's range (groups without any are absent).</summary>
    internal Dictionary<GroupKey, CaseCounts> ByGroup(PreparedReport context, Grouping grouping)
    {
        Collected collected = Counted(context, grouping);
        var counts = new Dictionary<GroupKey, CaseCounts>(collected.Sums.Count);
        for (int g = 0; g < collected.Sums.Count; g++)
        {
            counts.Add(collected.KeyOf(g), collected.Sums[g].Counts);
        }
        return counts;
    }

    /// <summary>
    /// The groups of the completed cases in the report's range with their sums, distinct matters included. The total
    /// (no dimension, no period) is taken from an earlier count by a grouping when one found it on its way
    /// (<see cref="Collect"/>): a table's total row then costs no second pass over the cases.
    /// </summary>
    private Collected Counted(PreparedReport context, Grouping grouping) =>
        IsTotal(grouping) && Volatile.Read(ref total) is { } known
            ? TotalCollected(known.Value)
            : Collect(context, grouping, grouping.Dimensions.Contains(GroupingDimension.Matter) ? MatterCounting.ByFirstCase : MatterCounting.InBitsetsOrBuckets);

    private static bool IsTotal(Grouping grouping) => grouping.Dimensions.Length == 0 && grouping.Period is null;

    /// <summary>The total's one group, as <see cref="Collect"/> finds it: absent when no completed case is in the range.</summary>
    private Collected TotalCollected(CaseSums known)
    {
        bool any = known.Completed > 0;
        List<(int, int, int)> keys = any ? [(-1, -1, 0)] : [];
        List<ReportingPeriod?> periods = any ? [null] : [];
        return new Collected(any ? [known] : [], null, keys, periods, NamesOfGroups(Grouping.Total, keys, periods));
    }

    /// <summary>
    /// Each group's tally of the completed cases in the report's range with its distinct matters by code, and those among
    /// them rated, as sets: what a part of a report carries so that parts merge exactly (<see cref="Partials.PartialReport"/>).
    /// </summary>
    internal Dictionary<GroupKey, (CaseTally Tally, string[] Matters, string[] MattersRated)> ByGroupWithMatters(PreparedReport context, Grouping grouping)
    {
        Collected collected = Collect(context, grouping, MatterCounting.ByMarks);
        var result = new Dictionary<GroupKey, (CaseTally, string[], string[])>(collected.Sums.Count);
        var matters = new List<string>();
        var rated = new List<string>();
        int current = -1;
        void Finish()
        {
            if (current >= 0)
            {
                result.Add(collected.KeyOf(current), (collected.Sums[current].Counts.Tally, [.. matters], [.. rated]));
            }
            matters.Clear();
            rated.Clear();
        }

        foreach ((int group, int matter, bool rates) in MatterMarks.DistinctPairs(collected.Marks!.Value))
        {
            if (group != current)
            {
                Finish();
                current = group;
            }
            string code = cases.Matters.TextAt(matter)!;
            matters.Add(code);
            if (rates)
            {
                rated.Add(code);
            }
        }
        Finish();
        return result;
    }

    /// <summary>
    /// The groups of the completed cases in the report's range: their keys, sums and, when asked, their matter marks.
    /// The kept rows are cut into one run per processor, each run's groups found on its own, and the runs' groups then
    /// taken in run order, so that groups are numbered, and marks lie, as one pass in row order would leave them.
    /// Counted in bitsets, each run marks every case's matter in a bitset of every (code, code, period) combination;
    /// the runs' bitsets unite and each group's matters are counted there, so the groups come with their matters. Where
    /// those bitsets would be too large, the cases are put in buckets by group after the runs (<see cref="CountMattersInBuckets"/>).
    /// Grouped by anything, each run also sums its cases and marks their matters for the total, which the counter keeps
    /// (<see cref="Counted"/>): a few additions and one bit a case, where the total counted alone is a pass of its own.
    /// </summary>
    private Collected Collect(PreparedReport context, Grouping grouping, MatterCounting counting)
    {
        (bool[] rated, bool[] coverageRated, byte[] followUps, bool[] completedOnTime) = FactsOfRows(context);
        (int firstDay, int[] periodOfDay, List<ReportingPeriod?> periods) = PeriodsOfCompletionDays(context, grouping);
        int cardinality0 = Cardinality(grouping, 0), cardinality1 = Cardinality(grouping, 1);
        bool byMatter = grouping.Dimensions.Contains(GroupingDimension.Matter);
        int[] kept = validation.KeptCases;
        int runs = System.Math.Clamp(kept.Length / rowsPerRun, 1, runLimit > 0 ? runLimit : Environment.ProcessorCount);
        long combinations = (long)cardinality0 * cardinality1 * periods.Count;
        if (counting == MatterCounting.ByFirstCase && combinations > 0 && combinations >= partitionedFrom && combinations <= MaxSortedCombinations)
        {
            // Partitions while their tables are few beside the cases; beyond, the cases' entries sorted.
            var facts = new CaseFacts(cases.Rows, rated, coverageRated, followUps, completedOnTime, firstDay, periodOfDay);
            (List<(int, int, int)> keys, List<CaseSums> sums) = combinations <= PartitionedLimit(kept.Length)
                ? CountInPartitions(grouping, kept, runs, facts, (int)combinations, cardinality1, periods.Count, partitionBits)
                : CountBySorting(grouping, kept, runs, facts, cardinality1, periods.Count);
            Volatile.Write(ref total, new StrongBox<CaseSums>(TotalOfMatterGroups(grouping, keys, sums)));
            return new Collected(sums, null, keys, periods, NamesOfGroups(grouping, keys, periods));
        }
        // Each run has a dense table of its own when the combinations fit one: no more runs than fit the budget.
        runs = combinations <= denseGroupLimit ? (int)System.Math.Clamp(DenseTablesBudget / System.Math.Max(1, combinations), 1, runs) : runs;
        int wordsPerCombination = MatterBitsets.WordsPerSlot(cases.Matters.Count);
        int runsInBitsets = (int)System.Math.Min(runs, matterBitsetLimit / System.Math.Max(1, combinations * wordsPerCombination));
        bool inBitsets = counting == MatterCounting.InBitsetsOrBuckets && runsInBitsets > 0;
        runs = inBitsets ? runsInBitsets : runs;
        var groupsOfRun = new CaseGroups[runs];
        var bitsOfRun = inBitsets ? new ulong[runs][] : null;
        // Otherwise a group's distinct matters are counted after the cases: kept as (group, matter, rated) marks, each run's
        // from the start of its rows, or put in buckets by group in a second pass; grouped by matter, a group's cases share
        // one matter, counted with its first case.
        bool inBuckets = counting == MatterCounting.InBitsetsOrBuckets && !inBitsets;
        long[]? marks = counting == MatterCounting.ByMarks ? new long[kept.Length] : null;
        // In buckets, each kept case's group in its run (-1 for none) is kept for the second pass, which then finds
        // neither periods nor keys again.
        int[]? groupOfKept = inBuckets ? new int[kept.Length] : null;
        int[] marksOfRun = new int[runs];
        CaseSums[]? totalOfRun = IsTotal(grouping) ? null : new CaseSums[runs];
        ulong[][]? totalBitsOfRun = totalOfRun is null ? null : new ulong[runs][];
        Parallel.For(0, runs, run =>
        {
            var groups = groupsOfRun[run] = new CaseGroups(cardinality0, cardinality1, periods.Count, denseGroupLimit);
            ulong[]? bits = bitsOfRun is null ? null : bitsOfRun[run] = new ulong[combinations * wordsPerCombination];
            ulong[]? totalBits = totalBitsOfRun is null ? null : totalBitsOfRun[run] = new ulong[wordsPerCombination];
            CaseSums runTotal = default;
            int from = RunStart(kept.Length, runs, run), marked = from, end = RunStart(kept.Length, runs, run + 1);
            // The rows go a block at a time: first each row's group, in row order (so numbered as one pass would number
            // them), its sums fetched ahead, for a table of tens of thousands of groups lies beyond the nearest caches;
            // then each row is added to its group's sums, which have arrived meanwhile.
            Span<int> groupOfRow = stackalloc int[GroupBlock];
            Span<long> combinationOfRow = stackalloc long[GroupBlock];
            for (int start = from; start < end; start += GroupBlock)
            {
                int count = System.Math.Min(GroupBlock, end - start);
                for (int j = 0; j < count; j++)
                {
                    ref CaseRow c = ref cases.Rows[kept[start + j]];
                    int period = PeriodOfRow(ref c, periodOfDay, firstDay);
                    if (period < 0)
                    {
                        groupOfRow[j] = -1;
                        continue;
                    }
                    (int, int, int) key = (Code(grouping, 0, ref c), Code(grouping, 1, ref c), period);
                    int group = groupOfRow[j] = groups.GroupOf(key);
                    combinationOfRow[j] = bits is null ? 0 : Combination(key, cardinality1, periods.Count);
                    Prefetch.Line(ref groups.SumsOf(group));
                }
                for (int j = 0; j < count; j++)
                {
                    int i = start + j, group = groupOfRow[j];
                    if (groupOfKept is not null)
                    {
                        groupOfKept[i] = group;
                    }
                    if (group < 0)
                    {
                        continue;
                    }
                    int row = kept[i];
                    ref CaseRow c = ref cases.Rows[row];
                    ref CaseSums sums = ref groups.SumsOf(group);
                    byte followUp = followUps[row];
                    bool newMatter = byMatter && sums.Completed == 0;
                    bool newRatedMatter = byMatter && coverageRated[row] && sums.MattersRated == 0;
                    if (marks is not null)
                    {
                        marks[marked++] = MatterMarks.Of(group, c.Matter, coverageRated[row]);
                    }
                    else if (bits is not null)
                    {
                        MatterBitsets.Mark(bits, combinationOfRow[j] * wordsPerCombination, c.Matter, coverageRated[row]);
                    }
                    sums = sums.Add(rated[row], followUp != 0, followUp == Dissatisfied, completedOnTime[row], newMatter, newRatedMatter);
                    if (totalBits is not null)
                    {
                        runTotal = runTotal.Add(rated[row], followUp != 0, followUp == Dissatisfied, completedOnTime[row], isNewMatter: false, isNewRatedMatter: false);
                        MatterBitsets.Mark(totalBits, 0, c.Matter, coverageRated[row]);
                    }
                }
            }
            marksOfRun[run] = marked - from;
            if (totalOfRun is not null)
            {
                totalOfRun[run] = runTotal;
            }
        });
        if (totalOfRun is not null)
        {
            Volatile.Write(ref total, new StrongBox<CaseSums>(TotalOfRuns(totalOfRun, totalBitsOfRun!, wordsPerCombination)));
        }
        CaseGroups all = groupsOfRun[0];
        int markCount = marksOfRun[0];
        var numbersOfRun = new int[runs][];
        for (int run = 1; run < runs; run++)
        {
            int[] numbers = numbersOfRun[run] = all.Absorb(groupsOfRun[run]);
            if (marks is not null)
            {
                // The run's marks move down behind the runs' before it, renumbered to the merged groups.
                int from = RunStart(kept.Length, runs, run);
                for (int i = from; i < from + marksOfRun[run]; i++)
                {
                    marks[markCount++] = MatterMarks.WithGroup(marks[i], numbers[MatterMarks.GroupOf(marks[i])]);
                }
            }
        }
        if (bitsOfRun is not null)
        {
            CountMattersInBitsets(all, bitsOfRun, cardinality1, periods.Count, wordsPerCombination);
        }
        else if (inBuckets)
        {
            CountMattersInBuckets(groupsOfRun, numbersOfRun, kept, groupOfKept!, coverageRated);
        }
        return new Collected(all.Sums, marks is null ? (ArraySegment<long>?)null : new ArraySegment<long>(marks, 0, markCount), all.Keys, periods, NamesOfGroups(grouping, all.Keys, periods));
    }

    /// <summary>
    /// The total of the groups of a grouping by the matter, each of one matter: their sums added, and their matters,
    /// and those rated, counted once each.
    /// </summary>
    private CaseSums TotalOfMatterGroups(Grouping grouping, List<(int Code0, int Code1, int Period)> keys, List<CaseSums> sums)
    {
        int position = grouping.Dimensions.IndexOf(GroupingDimension.Matter);
        var seen = new bool[cases.Matters.Count];
        var rated = new bool[cases.Matters.Count];
        CaseSums sum = default;
        long matters = 0, mattersRated = 0;
        for (int g = 0; g < sums.Count; g++)
        {
            CaseSums group = sums[g];
            sum = sum.Merge(group);
            int matter = position == 0 ? keys[g].Code0 : keys[g].Code1;
            matters += seen[matter] ? 0 : 1;
            seen[matter] = true;
            mattersRated += group.MattersRated > 0 && !rated[matter] ? 1 : 0;
            rated[matter] |= group.MattersRated > 0;
        }
        return sum with { Matters = matters, MattersRated = mattersRated };
    }

    /// <summary>The runs' total sums added, with the distinct and rated matters of their bitsets united.</summary>
    private static CaseSums TotalOfRuns(CaseSums[] totalOfRun, ulong[][] totalBitsOfRun, int words)
    {
        CaseSums sum = totalOfRun[0];
        for (int run = 1; run < totalOfRun.Length; run++)
        {
            sum = sum.Merge(totalOfRun[run]);
        }
        (long present, long rated) = MatterBitsets.Count(MatterBitsets.Unite(totalBitsOfRun), 0, words);
        return sum with { Matters = present, MattersRated = rated };
    }

    /// <summary>Names a group, by number, from its key of column indices and a period index.</summary>
    private Func<int, GroupKey> NamesOfGroups(Grouping grouping, List<(int Code0, int Code1, int Period)> keys, List<ReportingPeriod?> periods) => g =>
    {
        (int code0, int code1, int period) = keys[g];
        return new GroupKey(CodesOf(grouping, code0, code1), periods[period]);
    };

    /// <summary>The texts of a group's codes, by its column indices (-1 for none).</summary>
    private ImmutableArray<string?> CodesOf(Grouping grouping, int code0, int code1)
    {
        string?[] codes = new string?[grouping.Dimensions.Length];
        for (int d = 0; d < codes.Length; d++)
        {
            codes[d] = CodeText(grouping.Dimensions[d], d == 0 ? code0 : code1);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(codes);
    }

    private static int RunStart(int rows, int runs, int run) => (int)((long)rows * run / runs);

    /// <summary>The period a case row counts in: its completion day's, or -1 when it is not completed or that day is out of range.</summary>
    private static int PeriodOfRow(ref CaseRow c, int[] periodOfDay, int firstDay) =>
        c.IsCompleted ? periodOfDay[c.PackedCompletedAt.ChinaDayNumber - firstDay] : -1;

    /// <summary>A (code, code, period) key's place among every combination: each code shifted by one (-1 is none).</summary>
    private static long Combination((int Code0, int Code1, int Period) key, int cardinality1, int periods) =>
        ((((long)key.Code0 + 1) * cardinality1) + key.Code1 + 1) * periods + key.Period;

    /// <summary>Unites the runs' bitsets of matters by combination and gives each group its distinct and rated matters.</summary>
    private static void CountMattersInBitsets(CaseGroups all, ulong[][] bitsOfRun, int cardinality1, int periods, int wordsPerCombination)
    {
        ulong[] united = MatterBitsets.Unite(bitsOfRun);
        for (int g = 0; g < all.Keys.Count; g++)
        {
            (long present, long rated) = MatterBitsets.Count(united, Combination(all.Keys[g], cardinality1, periods) * wordsPerCombination, wordsPerCombination);
            ref CaseSums sums = ref all.SumsOf(g);
            sums = sums with { Matters = present, MattersRated = rated };
        }
    }

    /// <summary>How a count's groups' distinct matters are found.</summary>
    private enum MatterCounting
    {
        /// <summary>Grouped by matter: a group's cases share one matter, counted with its first case.</summary>
        ByFirstCase,

        /// <summary>From one mark per case, kept in the result.</summary>
        ByMarks,

        /// <summary>In bitsets of every combination when they fit the limit, else from the cases put in buckets by group.</summary>
        InBitsetsOrBuckets,
    }

    /// <summary>
    /// What each case row contributes besides its group, found once per counter and shared by every count: whether a valid
    /// active rating names it, whether it rates its matter for coverage, its follow-up mark, and whether it was completed on time.
    /// </summary>
    private (bool[] Rated, bool[] CoverageRated, byte[] FollowUps, bool[] OnTime) FactsOfRows(PreparedReport context)
    {
        bool[] rated = activelyRated ??= ActivelyRated(countDefaults: false);
        bool[] coverageRated = !context.Policy.CoverageCountsDefaultRatings ? rated : ratedForCoverage ??= ActivelyRated(countDefaults: true);
        return (rated, coverageRated, followUpOfRow ??= FollowUpOfRow(context), onTime ??= OnTime(context));
    }

    /// <summary>The same counter finding groups in a dense table only up to another number of combinations (0: always by hashing), for tests.</summary>
    internal CaseCounter WithDenseGroupLimit(long limit) => new(cases, ratings, validation, defaults, voided, limit, rowsPerRun, runLimit, matterBitsetLimit, partitionedFrom, partitionBits, partitionedPerCase);

    /// <summary>The same counter cutting the kept rows into runs of at least <paramref name="rows"/>, at most <paramref name="limit"/> of them, for tests.</summary>
    internal CaseCounter WithRuns(int rows, int limit) => new(cases, ratings, validation, defaults, voided, denseGroupLimit, rows, limit, matterBitsetLimit, partitionedFrom, partitionBits, partitionedPerCase);

    /// <summary>
    /// The same counter counting a grouping by the matter in partitions from another number of combinations (0: always,
    /// up to <see cref="PartitionedLimit"/>; <see cref="long.MaxValue"/>: never), each of 2^<paramref name="bits"/>
    /// combinations, for tests.
    /// </summary>
    internal CaseCounter WithPartitions(long from, int bits = DefaultPartitionBits, long perCase = PartitionedCombinationsPerCase) =>
        new(cases, ratings, validation, defaults, voided, denseGroupLimit, rowsPerRun, runLimit, matterBitsetLimit, from, bits, perCase);

    /// <summary>The same counter with another limit on the targets' bitsets (0: targets' matters always counted from marks), for tests.</summary>
    internal CaseCounter WithMatterBitsetLimit(long words) => new(cases, ratings, validation, defaults, voided, denseGroupLimit, rowsPerRun, runLimit, words, partitionedFrom, partitionBits, partitionedPerCase);

    /// <summary>A case row's follow-up mark: none, followed up (all satisfied), or followed up with one dissatisfied.</summary>
    private const byte FollowedUp = 1, Dissatisfied = 2;

    /// <summary>
    /// A bound on a grouping position's code shifted by one (the code -1 meaning no such position): the indices its
    /// column hands out (counting 0, "none") plus one, or 1 when the grouping has no such position.
    /// </summary>
    private int Cardinality(Grouping grouping, int position) =>
        position >= grouping.Dimensions.Length ? 1 : grouping.Dimensions[position] switch
        {
            GroupingDimension.Unit => cases.Units.Count + 1,
            GroupingDimension.Department => cases.Departments.Count + 1,
            GroupingDimension.Matter => cases.Matters.Count + 1,
            GroupingDimension.Window => cases.Windows.Count + 1,
            _ => 1,
        };

    /// <summary>
    /// Over the days the kept cases were completed on, from the first: each day's index into the periods (one per
    /// distinct period; one in all when the grouping has none), or -1 when the day is out of the report's range.
    /// </summary>
    private (int FirstDay, int[] PeriodOfDay, List<ReportingPeriod?> Periods) PeriodsOfCompletionDays(PreparedReport context, Grouping grouping)
    {
        int first = int.MaxValue, last = int.MinValue;
        int[] kept = validation.KeptCases;
        var gate = new object();
        // On every processor, each part's first and last day then taken in.
        RowParts.ForEach(kept.Length, (start, end) =>
        {
            int partFirst = int.MaxValue, partLast = int.MinValue;
            for (int i = start; i < end; i++)
            {
                ref CaseRow c = ref cases.Rows[kept[i]];
                if (c.IsCompleted)
                {
                    int day = c.PackedCompletedAt.ChinaDayNumber;
                    partFirst = System.Math.Min(partFirst, day);
                    partLast = System.Math.Max(partLast, day);
                }
            }
            lock (gate)
            {
                first = System.Math.Min(first, partFirst);
                last = System.Math.Max(last, partLast);
            }
        });
        var periods = new List<ReportingPeriod?>();
        if (first > last)
        {
            return (0, [], periods);
        }
        int[] periodOfDay = new int[last - first + 1];
        for (int day = first; day <= last; day++)
        {
            LocalDate date = ChinaTime.DateOfDayNumber(day);
            ReportingPeriod? period = grouping.Period is ReportingPeriodKind kind ? ReportingPeriod.Containing(kind, date) : null;
            int index = !context.InRange(date) ? -1 : periods.IndexOf(period) is int known and >= 0 ? known : periods.Count;
            if (index == periods.Count)
            {
                periods.Add(period);
            }
            periodOfDay[day - first] = index;
        }
        return (first, periodOfDay, periods);
    }

    /// <summary>The daily follow-up ledger, as <see cref="FollowUpRules.DailyLedger"/> makes it from the accepted records.</summary>
    internal IReadOnlyList<FollowUpLedgerRow> FollowUpLedger(PreparedReport context)
    {
        byte[] followUps = followUpOfRow ??= FollowUpOfRow(context);
        // Counted by each table's unit index and day, then named by the units' codes.
        var caseSums = new Dictionary<(int Unit, int Day), (long Cases, long Followed, long Dissatisfied)>();
        foreach (int row in validation.KeptCases)
        {
            ref CaseRow c = ref cases.Rows[row];
            if (!c.IsCompleted)
            {
                continue;
            }
            var key = (c.Unit, c.PackedCompletedAt.ChinaDayNumber);
            caseSums.TryGetValue(key, out var sums);
            byte followUp = followUps[row];
            caseSums[key] = (sums.Cases + 1, sums.Followed + (followUp != 0 ? 1 : 0), sums.Dissatisfied + (followUp == Dissatisfied ? 1 : 0));
        }
        var qrSums = new Dictionary<(int Unit, int Day), long>();
        foreach (int row in validation.KeptRatings)
        {
            ref RatingRow r = ref ratings.Rows[row];
            if (r.Channel == RatingChannel.QrStatic && context.Policy.SentimentOf(r.Level) == Sentiment.Good)
            {
                var key = (r.Unit, ChinaTime.DayNumberOf(r.RatedAt));
                qrSums[key] = qrSums.GetValueOrDefault(key) + 1;
            }
        }
        var rows = caseSums.ToDictionary(p => (Unit: cases.Units[p.Key.Unit]!.Value, p.Key.Day), p => (p.Value.Cases, p.Value.Followed, p.Value.Dissatisfied, Qr: 0L));
        foreach (((int unit, int day), long qr) in qrSums)
        {
            var key = (ratings.Units[unit]!.Value, day);
            rows[key] = rows.GetValueOrDefault(key) with { Qr = qr };
        }
        return [.. rows.OrderBy(r => r.Key.Unit).ThenBy(r => r.Key.Day)
            .Select(r => new FollowUpLedgerRow(r.Key.Unit, ChinaTime.DateOfDayNumber(r.Key.Day), r.Value.Cases, r.Value.Followed, r.Value.Dissatisfied, r.Value.Qr))];
    }

    /// <summary>The cases accepted within the report's range at each window, by unit and window.</summary>
    internal Dictionary<(UnitCode Unit, WindowCode Window), long> AcceptedAtWindows(PreparedReport context)
    {
        var counts = new Dictionary<(int Unit, int Window), long>();
        var inRange = new Dictionary<int, bool>();
        foreach (int row in validation.KeptCases)
        {
            ref CaseRow c = ref cases.Rows[row];
            if (c.Window == 0)
            {
                continue;
            }
            int day = c.PackedAcceptedAt.ChinaDayNumber;
            if (!inRange.TryGetValue(day, out bool covered))
            {
                inRange[day] = covered = context.InRange(ChinaTime.DateOfDayNumber(day));
            }
            if (covered)
            {
                counts[(c.Unit, c.Window)] = counts.GetValueOrDefault((c.Unit, c.Window)) + 1;
            }
        }
        return counts.ToDictionary(p => (cases.Units[p.Key.Unit]!.Value, cases.Windows[p.Key.Window]!.Value), p => p.Value);
    }

    /// <summary>A case's code index for the grouping's dimension at a position (-1 beyond its dimensions or for a channel, which cases lack).</summary>
    private static int Code(Grouping grouping, int position, ref CaseRow c) =>
        position >= grouping.Dimensions.Length ? -1 : grouping.Dimensions[position] switch
        {
            GroupingDimension.Unit => c.Unit,
            GroupingDimension.Department => c.Department,
            GroupingDimension.Matter => c.Matter,
            GroupingDimension.Window => c.Window,
            _ => -1,
        };

    private string? CodeText(GroupingDimension dimension, int index) => index < 0 ? null : dimension switch
    {
        GroupingDimension.Unit => cases.Units.TextAt(index),
        GroupingDimension.Department => cases.Departments.TextAt(index),
        GroupingDimension.Matter => cases.Matters.TextAt(index),
        GroupingDimension.Window => cases.Windows.TextAt(index),
        _ => null,
    };

    /// <summary>
    /// The rows of the accepted ratings an upheld appeal voids: only a rating an appeal names can be, so they are read
    /// off the named ratings' facts (<see cref="KeptRatings.NamedFacts"/>), found while the ratings' keys are kept.
    /// </summary>
    internal static HashSet<int> VoidedRatingRows(IReadOnlyDictionary<int, RatingFacts> namedFacts) =>
        [.. namedFacts.Where(p => p.Value.IsVoid).Select(p => p.Key)];

    /// <summary>
    /// Each case row a valid active rating names: accepted, and not voided by an upheld appeal (only an appealed rating
    /// can be); with <paramref name="countDefaults"/>, also each row a valid default rating names or that is owed one.
    /// </summary>
    private bool[] ActivelyRated(bool countDefaults)
    {
        bool[] rated = new bool[cases.Count];
        int[] kept = validation.KeptRatings, caseOfRating = validation.CaseOfRating;
        // On every processor; two ratings of one case may mark it at once: both write true.
        RowParts.ForEach(kept.Length, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                int row = kept[i];
                int caseRow = caseOfRating[row];
                if (caseRow >= 0 && (countDefaults || ratings.Rows[row].Origin == RatingOrigin.Active) && !voided.Contains(row))
                {
                    rated[caseRow] = true;
                }
            }
        });
        if (countDefaults)
        {
            foreach (int caseRow in defaults.CaseRows)
            {
                rated[caseRow] = true;
            }
        }
        return rated;
    }

    /// <summary>
    /// Each case row's follow-up mark: <see cref="Dissatisfied"/> when any of its follow-ups was dissatisfied,
    /// <see cref="FollowedUp"/> when it was followed up otherwise, 0 when not followed up.
    /// </summary>
    private byte[] FollowUpOfRow(PreparedReport context)
    {
        byte[] marks = new byte[cases.Count];
        foreach (Core.FollowUps.FollowUp f in context.FollowUps)
        {
            if (validation.NamedCaseRows.TryGetValue(f.CaseNumber.Value, out int row))
            {
                marks[row] = f.Satisfied ? System.Math.Max(marks[row], FollowedUp) : Dissatisfied;
            }
        }
        return marks;
    }

    /// <summary>
    /// Whether each accepted completed case row was completed on time: within its matter's promised limit
    /// (<see cref="CaseRules"/>: done by the as-of instant and by the limit's due instant), or without a limit to keep
    /// (a matter the catalogue does not list, or lists without one). Judged on every processor, each due instant
    /// computed once for its day of acceptance and number of days (<see cref="PromisedDues"/>).
    /// </summary>
    private bool[] OnTime(PreparedReport context)
    {
        Matter?[] catalogued = Catalogued(context);
        var dues = new PromisedDues(context.Lifecycle.Deadlines);
        Instant asOf = context.AsOf;
        bool[] onTime = new bool[cases.Count];
        if (catalogued.All(m => m?.PromisedWorkingDays is null))
        {
            // No matter promises a limit, so no case can break one (only completed rows are ever read).
            Array.Fill(onTime, true);
            return onTime;
        }
        int[] kept = validation.KeptCases;
        Parallel.For(0, kept.Length, i =>
        {
            ref CaseRow c = ref cases.Rows[kept[i]];
            onTime[kept[i]] = c.IsCompleted && (catalogued[c.Matter]?.PromisedWorkingDays is not int days
                || (c.CompletedAt <= asOf && c.CompletedAt <= dues.Due(c.AcceptedAt, days)));
        });
        return onTime;
    }

    /// <summary>The catalogue's matter for each index of the cases' matter column, or null when it lists none.</summary>
    private Matter?[] Catalogued(PreparedReport context)
    {
        var byCode = context.AcceptedRecords.Matters.Select(m => m.Record).DistinctBy(m => m.Code).ToDictionary(m => m.Code.Value);
        return [.. Enumerable.Range(0, cases.Matters.Count).Select(i => i > 0 && byCode.TryGetValue(cases.Matters.TextAt(i)!, out Matter? m) ? m : null)];
    }

    /// <summary>
    /// The groups <see cref="Collect"/> found: each one's sums, the matter marks if kept, each one's key as column indices
    /// (codes) and an index into the periods, and how to name a group.
    /// </summary>
    internal sealed record Collected(
        List<CaseSums> Sums, ArraySegment<long>? Marks, List<(int Code0, int Code1, int Period)> Keys, List<ReportingPeriod?> Periods, Func<int, GroupKey> KeyOf);
}

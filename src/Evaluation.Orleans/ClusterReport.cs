using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Orleans.Partitions;
using Evaluation.Reporting.Partials;
using NodaTime;
using NodaTime.Text;
using Orleans;

namespace Evaluation.Orleans;

/// <summary>
/// Runs a report on a cluster of silos (集群报表): plans date-range partitions of the database the silos read, has each
/// prepared by a grain wherever the cluster places it, re-runs a partition whose silo failed on another, and merges the
/// parts into the report one machine prepares.
/// </summary>
/// <remarks>
/// A partition is a date range of the report's range; each rule that needs records outside it (a rating's case, a
/// case's other ratings, the default ratings whose window closes in it) is applied by the database's reading of the
/// partition (<see cref="Npgsql.Reading.DatabaseSource.PrepareAsync"/>), so the parts' counts add and their matter sets
/// unite (<see cref="PartialReport.Merge(PartialReport)"/>). Without an as-of instant, the latest of all the accepted records is
/// found first, from the records of the data's last date on, and given to every partition. Each part is merged once: an attempt is
/// repeated only when it failed, and a partition that fails every attempt fails the report
/// (<see cref="PartitionFailedException"/>).
/// </remarks>
public static class ClusterReport
{
    /// <summary>Runs a report on the cluster.</summary>
    /// <param name="grains">The cluster's grain factory (a client's or a silo's).</param>
    /// <param name="report">The whole report: its range, as-of instant, policy, calendar and grouping.</param>
    /// <param name="partitions">How many date ranges to cut the data's dates into (at least 1).</param>
    /// <param name="attempts">How many times to try a partition before the report fails (at least 1).</param>
    /// <param name="progress">Receives a line per partition planned, done or failed, or null.</param>
    /// <param name="cancellationToken">Stops waiting for the partitions.</param>
    /// <returns>The report's part of the whole range: <see cref="PartialReport.ToDocument"/> gives its rows.</returns>
    /// <exception cref="PartitionFailedException">A partition failed on every attempt.</exception>
    public static Task<PartialReport> RunAsync(
        IGrainFactory grains, PartitionRequest report, int partitions = 4, int attempts = 3, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(grains, report with { Tables = false }, grain => grain.PollAsync(), (a, b) => a.Merge(b), partitions, attempts, progress, cancellationToken);

    /// <summary>Runs the standard tables of the annual report on the cluster: what they need of each partition, merged.</summary>
    /// <param name="grains">The cluster's grain factory (a client's or a silo's).</param>
    /// <param name="report">The whole report: its range, as-of instant, policy and calendar (its grouping is not used).</param>
    /// <param name="partitions">How many date ranges to cut the data's dates into (at least 1).</param>
    /// <param name="attempts">How many times to try a partition before the report fails (at least 1).</param>
    /// <param name="progress">Receives a line per partition planned, done or failed, or null.</param>
    /// <param name="cancellationToken">Stops waiting for the partitions.</param>
    /// <returns>The tables' part of the whole range.</returns>
    /// <exception cref="PartitionFailedException">A partition failed on every attempt.</exception>
    public static Task<TablesPart> RunTablesAsync(
        IGrainFactory grains, PartitionRequest report, int partitions = 4, int attempts = 3, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(grains, report with { Tables = true }, grain => grain.PollTablesAsync(), (a, b) => a.Merge(b), partitions, attempts, progress, cancellationToken);

    private static async Task<T> RunAsync<T>(
        IGrainFactory grains, PartitionRequest report, Func<IPartitionGrain, Task<T?>> poll, Func<T, T, T> merge,
        int partitions, int attempts, IProgress<string>? progress, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        string run = Guid.NewGuid().ToString("N");
        string[]? span = await Attempt(attempt => grains.GetGrain<IPartitionGrain>($"{run}/span/{attempt}").SpanAsync(), 0, "the data's dates", attempts, progress, cancellationToken)
            .ConfigureAwait(false);
        PartitionRequest[] plan = Plan(report, span, partitions);
        progress?.Report($"{plan.Length} partitions: {string.Join(", ", plan.Select(p => p.Range))}");
        Task<T> Run(int index, PartitionRequest partition) =>
            Attempt(attempt => Prepare(grains.GetGrain<IPartitionGrain>($"{run}/{index}/{attempt}"), partition, poll, cancellationToken), index + 1, partition.Range, attempts, progress, cancellationToken);

        PartitionRequest[] ranges = plan;
        if (report.AsOfTicks is null && plan.Length > 1)
        {
            // The as-of instant is the latest of all the accepted records: a part read from the data's last date on finds
            // it (the reading falls back to every record when that part cannot settle it), and every partition uses it.
            PartitionRequest probe = plan[^1] with { From = LastDate(report, span!), Dimensions = [], Period = null, Tables = false };
            PartialReport latest = await Attempt(
                attempt => Prepare(grains.GetGrain<IPartitionGrain>($"{run}/as-of/{attempt}"), probe, grain => grain.PollAsync(), cancellationToken),
                0, "the as-of instant", attempts, progress, cancellationToken)
                .ConfigureAwait(false);
            long asOf = latest.AsOf.ToUnixTimeTicks();
            ranges = [.. plan.Select(p => p with { AsOfTicks = asOf })];
        }
        // Each part is merged as it arrives, with parts of as many before it, as a binary counter carries: every row is
        // copied once per level, and the coordinator holds a few merged parts rather than every part until the last.
        var levels = new List<T?>();
        void Add(T part)
        {
            int level = 0;
            for (; level < levels.Count && levels[level] is T held; level++)
            {
                part = merge(held, part);
                levels[level] = null;
            }
            if (level == levels.Count)
            {
                levels.Add(null);
            }
            levels[level] = part;
        }

        await foreach (Task<T> done in Task.WhenEach(ranges.Select((p, i) => Run(i, p))).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(await done.ConfigureAwait(false));
        }
        return levels.OfType<T>().Aggregate(merge);
    }

    /// <summary>How often a partition is asked whether its part is ready.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Starts a partition on a grain and asks for its part until it is ready. Each call is short, so a silo that fails
    /// fails the next call (to a new activation without the work, or by the call's timeout), not a wait of hours.
    /// </summary>
    private static async Task<T> Prepare<T>(IPartitionGrain grain, PartitionRequest partition, Func<IPartitionGrain, Task<T?>> poll, CancellationToken cancellationToken)
        where T : class
    {
        await grain.StartAsync(partition).ConfigureAwait(false);
        while (true)
        {
            if (await poll(grain).ConfigureAwait(false) is T part)
            {
                return part;
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Cuts the report's range into consecutive ranges: the part of it within the data's dates (<paramref name="span"/>)
    /// into <paramref name="partitions"/> ranges of nearly equal days, the first open at its start and the last at its
    /// end as the report's range is.
    /// </summary>
    internal static PartitionRequest[] Plan(PartitionRequest report, string[]? span, int partitions)
    {
        LocalDate? from = Date(report.From), to = Date(report.To);
        if (span is null)
        {
            return [report];
        }
        LocalDate first = Max(Date(span[0])!.Value, from), last = Min(Date(span[1])!.Value, to);
        int days = Period.DaysBetween(first, last) + 1;
        int count = Math.Min(partitions, Math.Max(days, 1));
        if (count <= 1 || days <= 1)
        {
            return [report];
        }
        // Partition i starts on first + days * i / count (i > 0); the first keeps the report's start.
        LocalDate[] starts = [.. Enumerable.Range(1, count - 1).Select(i => first.PlusDays((int)((long)days * i / count)))];
        var plan = new List<PartitionRequest>(count);
        for (int i = 0; i < count; i++)
        {
            LocalDate? start = i == 0 ? from : starts[i - 1];
            LocalDate? end = i == count - 1 ? to : starts[i].PlusDays(-1);
            plan.Add(report with { From = PartitionRequest.Text(start), To = PartitionRequest.Text(end) });
        }
        return [.. plan];
    }

    private static async Task<T> Attempt<T>(
        Func<int, Task<T>> call, int partition, string range, int attempts, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                T result = await call(attempt).WaitAsync(cancellationToken).ConfigureAwait(false);
                progress?.Report($"partition {partition} ({range}): done");
                return result;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = e;
                progress?.Report($"partition {partition} ({range}): attempt {attempt} failed: {e.GetType().Name}: {e.Message}");
            }
        }
        throw new PartitionFailedException(partition, range, attempts, failure!);
    }

    /// <summary>The last of the data's dates within the report's range.</summary>
    private static string LastDate(PartitionRequest report, string[] span) => PartitionRequest.Text(Min(Date(span[1])!.Value, Date(report.To)))!;

    private static LocalDate? Date(string? text) => text is null ? null : LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static LocalDate Max(LocalDate a, LocalDate? b) => b is LocalDate d && d > a ? d : a;

    private static LocalDate Min(LocalDate a, LocalDate? b) => b is LocalDate d && d < a ? d : a;
}

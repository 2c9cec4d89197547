using System.Threading.Tasks;
using Evaluation.Reporting.Partials;
using Orleans;

namespace Evaluation.Orleans.Partitions;

/// <summary>
/// A grain that prepares one partition of a report on the silo it is placed on, from the database the silo reads (its
/// <see cref="Hosting.PartitionData"/>): a fresh grain per partition and attempt, so that a partition re-run after a
/// failure runs wherever the cluster places it.
/// </summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Prepares the partition and returns its part (部分报表).</summary>
    /// <remarks>
    /// A partition of a hundred million rows takes minutes, so the call waits up to six hours rather than Orleans' default
    /// 30 seconds; a silo that fails is noticed by the cluster's membership, which fails the call at once.
    /// </remarks>
    /// <param name="request">The partition.</param>
    /// <returns>The part, ready to merge with the other partitions' parts.</returns>
    [ResponseTimeout("06:00:00")]
    Task<PartialReport> PrepareAsync(PartitionRequest request);

    /// <summary>The first and last dates (China Standard Time) of the ratings and case completions in the database, or null when it holds none.</summary>
    /// <returns>The dates as ISO text, or null.</returns>
    Task<string[]?> SpanAsync();
}

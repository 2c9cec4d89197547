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
    /// <summary>
    /// Starts preparing the partition on this grain's silo and returns at once; <see cref="PollAsync"/> tells when the part
    /// is ready. A partition of a hundred million rows takes minutes, longer than a call may wait, so the work is not
    /// the call's.
    /// </summary>
    /// <param name="request">The partition.</param>
    /// <returns>A task that completes when the work has started.</returns>
    Task StartAsync(PartitionRequest request);

    /// <summary>
    /// The part (部分报表) once the partition is prepared, or null while it is being prepared. A grain whose silo failed is
    /// activated again elsewhere without its work: it answers that it has none, and the caller starts the partition again.
    /// </summary>
    /// <returns>The part, or null while it is being prepared.</returns>
    /// <exception cref="System.InvalidOperationException">This grain is not preparing a partition (its silo failed).</exception>
    Task<PartialReport?> PollAsync();

    /// <summary>
    /// The standard tables' part (<see cref="TablesPart"/>) once a partition started with <see cref="PartitionRequest.Tables"/>
    /// is prepared, or null while it is being prepared.
    /// </summary>
    /// <returns>The part, or null while it is being prepared.</returns>
    /// <exception cref="System.InvalidOperationException">This grain is not preparing such a partition (its silo failed).</exception>
    Task<TablesPart?> PollTablesAsync();

    /// <summary>The first and last dates (China Standard Time) of the ratings and case completions in the database, or null when it holds none.</summary>
    /// <returns>The dates as ISO text, or null.</returns>
    Task<string[]?> SpanAsync();
}

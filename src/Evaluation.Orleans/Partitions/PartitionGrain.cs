using System;
using System.Threading.Tasks;
using Evaluation.Npgsql.Reading;
using Evaluation.Orleans.Hosting;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using Npgsql;
using Orleans;

namespace Evaluation.Orleans.Partitions;

/// <summary>
/// Prepares a partition from the silo's database (<see cref="DatabaseSource.PrepareAsync"/>: the range pushed down, every
/// rule applied to what it needs) and returns its part; the activation is let go as soon as it has answered, so a silo
/// holds a partition's tables only while it prepares it.
/// </summary>
internal sealed class PartitionGrain(PartitionData data) : Grain, IPartitionGrain
{
    private Task<object>? work;

    /// <inheritdoc />
    public Task StartAsync(PartitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (work is null)
        {
            // The activation stays while the work runs, however long; the work runs off the grain's turns, so polls are answered.
            DelayDeactivation(TimeSpan.FromDays(1));
            work = Task.Run(async () =>
            {
                PreparedReport report = await DatabaseSource.PrepareAsync(data.DataSource, request.Options()).ConfigureAwait(true);
                return request.Tables ? report.TablesPart() : (object)report.Partial(request.Grouping);
            });
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<PartialReport?> PollAsync() => (PartialReport?)await Poll().ConfigureAwait(true);

    /// <inheritdoc />
    public async Task<TablesPart?> PollTablesAsync() => (TablesPart?)await Poll().ConfigureAwait(true);

    /// <summary>The work's result once it is done, or null while it runs.</summary>
    private async Task<object?> Poll()
    {
        if (work is null)
        {
            DeactivateOnIdle();
            throw new InvalidOperationException("This grain is preparing no partition: the silo that held it failed.");
        }
        if (!work.IsCompleted)
        {
            return null;
        }
        DeactivateOnIdle();
        return await work.ConfigureAwait(true);
    }

    /// <inheritdoc />
    public async Task<string[]?> SpanAsync()
    {
        try
        {
            await using NpgsqlCommand command = data.DataSource.CreateCommand(
                "SELECT to_char(min(d) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), to_char(max(d) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') FROM "
                + "(SELECT min(rated_at) AS d FROM ratings UNION ALL SELECT max(rated_at) FROM ratings UNION ALL SELECT min(completed_at) FROM cases UNION ALL SELECT max(completed_at) FROM cases) s");
            await using NpgsqlDataReader reader = await command.ExecuteReaderAsync().ConfigureAwait(true);
            await reader.ReadAsync().ConfigureAwait(true);
            return reader.IsDBNull(0) ? null : [reader.GetString(0), reader.GetString(1)];
        }
        finally
        {
            DeactivateOnIdle();
        }
    }
}

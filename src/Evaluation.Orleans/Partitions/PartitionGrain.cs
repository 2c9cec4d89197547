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
    /// <inheritdoc />
    public async Task<PartialReport> PrepareAsync(PartitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            ReportOptions options = request.Options();
            PreparedReport report = await DatabaseSource.PrepareAsync(data.DataSource, options).ConfigureAwait(true);
            return report.Partial(request.Grouping);
        }
        finally
        {
            DeactivateOnIdle();
        }
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

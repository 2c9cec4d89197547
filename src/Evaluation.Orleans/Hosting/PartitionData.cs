using System;
using Npgsql;

namespace Evaluation.Orleans.Hosting;

/// <summary>The database a silo's partitions read (the tables of <c>docs/postgres/schema.sql</c>), one per silo.</summary>
/// <param name="DataSource">The data source; the silo owns it.</param>
public sealed record PartitionData(NpgsqlDataSource DataSource) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => DataSource.Dispose();
}

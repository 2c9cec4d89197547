using System;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Hosting;

namespace Evaluation.Orleans.Hosting;

/// <summary>Makes a silo able to run partitions of reports (<see cref="Partitions.IPartitionGrain"/>).</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Registers the database the silo's partitions read.</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="connectionString">The database's connection string; it is not logged.</param>
    /// <returns>The silo, for chaining.</returns>
    public static ISiloBuilder AddEvaluationPartitions(this ISiloBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionString);
        builder.Services.AddSingleton(_ => new PartitionData(NpgsqlDataSource.Create(connectionString)));
        return builder;
    }
}

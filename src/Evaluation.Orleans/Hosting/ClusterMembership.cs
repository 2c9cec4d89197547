using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Evaluation.Orleans.Hosting;

/// <summary>
/// A cluster's membership kept in PostgreSQL (集群成员表) with Orleans' ADO.NET clustering: the tables of
/// <c>docs/postgres/cluster.sql</c> (<see cref="Sql"/>), which <see cref="EnsureAsync"/> creates, and the silo's and the
/// client's side of it.
/// </summary>
public static class ClusterMembership
{
    /// <summary>The cluster and service identity every evaluation silo and client uses.</summary>
    public const string ClusterId = "evaluation";

    /// <summary>The tables and the statements the clustering provider runs, as SQL any number of times.</summary>
    public static string Sql { get; } = ReadSql();

    /// <summary>Creates the membership tables and statements when absent (and brings the statements up to date).</summary>
    /// <param name="dataSource">The database the cluster's membership is kept in.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>A task that completes when the tables exist.</returns>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Silos starting together race to create the tables: one at a time, by an advisory lock of the transaction.
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(2023120501)", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var command = new NpgsqlCommand(Sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes a silo join the cluster whose membership a database keeps, listening on the given address and ports.</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="connectionString">The membership database; it is not logged.</param>
    /// <param name="address">The address other silos and clients reach this one at.</param>
    /// <param name="siloPort">The port silos talk to each other on.</param>
    /// <param name="gatewayPort">The port clients connect to.</param>
    /// <returns>The silo, for chaining.</returns>
    public static ISiloBuilder UseEvaluationCluster(this ISiloBuilder builder, string connectionString, IPAddress address, int siloPort, int gatewayPort)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(address);
        return builder
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId))
            .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", connectionString))
            .ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
    }

    /// <summary>Makes a client find the cluster's gateways in the membership a database keeps.</summary>
    /// <param name="builder">The client.</param>
    /// <param name="connectionString">The membership database; it is not logged.</param>
    /// <returns>The client, for chaining.</returns>
    public static IClientBuilder UseEvaluationCluster(this IClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionString);
        return builder
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId))
            .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", connectionString));
    }

    private static string ReadSql()
    {
        using Stream stream = typeof(ClusterMembership).Assembly.GetManifestResourceStream("Evaluation.Orleans.cluster.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

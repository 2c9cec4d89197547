using System;
using System.CommandLine;
using System.IO;
using System.Net;
using Evaluation.Orleans.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Evaluation.Cli.Commands;

/// <summary>
/// <c>evaluation silo</c>: starts a silo of a report cluster (集群节点), which joins the cluster whose membership the
/// <c>--cluster</c> database keeps and prepares partitions of reports from the <c>--connection</c> database, until stopped.
/// </summary>
internal static class SiloCommand
{
    internal static Command Create(TextWriter error)
    {
        var cluster = ClusterOption();
        var connection = new Option<string?>("--connection")
        {
            Description = "The database the silo reads ratings from (env:NAME, file:PATH or a connection string); by default the --cluster database.",
        };
        var address = new Option<string>("--address") { Description = "The address other silos and clients reach this silo at.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "The port silos talk to each other on.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "The port clients connect to.", DefaultValueFactory = _ => 30000 };
        var command = new Command("silo", "Start a silo of a report cluster: join the cluster kept in the --cluster database and prepare partitions of reports until stopped (Ctrl+C).")
        {
            cluster, connection, address, port, gatewayPort,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(cluster) is not string clusterGiven)
            {
                error.WriteLine("Give the cluster's membership database with --cluster (env:NAME, file:PATH or a connection string).");
                return Exit.Usage;
            }
            if (!IPAddress.TryParse(parse.GetValue(address), out IPAddress? listenAt))
            {
                error.WriteLine($"--address: '{parse.GetValue(address)}' is not an IP address.");
                return Exit.Usage;
            }
            if (DatabaseConnection.TryResolve(clusterGiven, error, "--cluster") is not (string membership, _)
                || DatabaseConnection.TryResolve(parse.GetValue(connection) ?? clusterGiven, error) is not (string data, _))
            {
                return Exit.Usage;
            }
            try
            {
                using (NpgsqlDataSource membershipSource = NpgsqlDataSource.Create(membership))
                {
                    ClusterMembership.EnsureAsync(membershipSource).GetAwaiter().GetResult();
                }
            }
            catch (NpgsqlException e)
            {
                error.WriteLine(DatabaseConnection.Describe(e));
                return Exit.Usage;
            }
            HostApplicationBuilder builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleans(silo => silo
                .UseEvaluationCluster(membership, listenAt, parse.GetValue(port), parse.GetValue(gatewayPort))
                .AddEvaluationPartitions(data));
            using IHost host = builder.Build();
            host.Start();
            error.WriteLine(FormattableString.Invariant($"silo listening on {listenAt}:{parse.GetValue(port)} (clients: {parse.GetValue(gatewayPort)}); Ctrl+C stops it"));
            host.WaitForShutdown();
            return Exit.Success;
        });
        return command;
    }

    /// <summary>The <c>--cluster</c> option: the database that keeps a cluster's membership.</summary>
    internal static Option<string?> ClusterOption() => new("--cluster")
    {
        Description = "The PostgreSQL database that keeps the cluster's membership: env:NAME, file:PATH or the connection string itself.",
    };
}

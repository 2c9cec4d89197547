using System;
using System.IO;
using Evaluation.Orleans;
using Evaluation.Orleans.Hosting;
using Evaluation.Orleans.Partitions;
using Evaluation.Reporting.Partials;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation report --cluster</c>: the report run by the cluster's silos (<see cref="ClusterReport"/>), merged into one part.</summary>
internal static class ReportOnCluster
{
    /// <summary>Runs the report on the cluster; the exit code, <see cref="Exit.Success"/> with the merged part, or another with the problem written.</summary>
    internal static int TryRun(string clusterGiven, PartitionRequest request, int partitions, TextWriter error, out PartialReport? report)
    {
        report = null;
        if (DatabaseConnection.TryResolve(clusterGiven, error, "--cluster") is not (string membership, _))
        {
            return Exit.Usage;
        }
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseEvaluationCluster(membership));
        using IHost host = builder.Build();
        try
        {
            host.Start();
            report = ClusterReport.RunAsync(host.Services.GetRequiredService<IClusterClient>(), request, partitions, progress: Progress.For(error)).GetAwaiter().GetResult();
            return Exit.Success;
        }
        catch (PartitionFailedException e)
        {
            error.WriteLine(e.Message);
            return Exit.Failure;
        }
        catch (Exception e) when (e is global::Orleans.Runtime.OrleansException or TimeoutException or InvalidOperationException)
        {
            error.WriteLine($"The cluster could not be reached: {e.Message}");
            return Exit.Usage;
        }
        finally
        {
            host.StopAsync().GetAwaiter().GetResult();
        }
    }
}

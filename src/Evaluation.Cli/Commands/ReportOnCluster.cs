using System;
using System.IO;
using System.Threading.Tasks;
using Evaluation.Orleans;
using Evaluation.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation report --cluster</c>: a report run by the cluster's silos (<see cref="ClusterReport"/>), merged into one part.</summary>
internal static class ReportOnCluster
{
    /// <summary>Runs a report on the cluster; the exit code, <see cref="Exit.Success"/> with the merged part, or another with the problem written.</summary>
    /// <param name="clusterGiven">The membership database as given to <c>--cluster</c>.</param>
    /// <param name="run">Runs the report with the cluster's client, reporting progress (<see cref="ClusterReport.RunAsync"/> or <see cref="ClusterReport.RunTablesAsync"/>).</param>
    /// <param name="error">Where problems and progress are written.</param>
    /// <param name="report">The merged part, when the exit code is <see cref="Exit.Success"/>.</param>
    internal static int TryRun<T>(string clusterGiven, Func<IClusterClient, IProgress<string>, Task<T>> run, TextWriter error, out T? report)
        where T : class
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
            report = run(host.Services.GetRequiredService<IClusterClient>(), Progress.For(error)).GetAwaiter().GetResult();
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

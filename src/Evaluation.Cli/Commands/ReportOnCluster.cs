using System;
using System.IO;
using System.Text;
using Evaluation.Orleans;
using Evaluation.Orleans.Hosting;
using Evaluation.Orleans.Partitions;
using Evaluation.Reporting.Partials;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation report --cluster</c>: the report run by the cluster's silos (<see cref="ClusterReport"/>), printed as JSON.</summary>
internal static class ReportOnCluster
{
    internal static int Run(string clusterGiven, PartitionRequest request, int partitions, TextWriter output, string? file, TextWriter error)
    {
        if (DatabaseConnection.TryResolve(clusterGiven, error, "--cluster") is not (string membership, _))
        {
            return Exit.Usage;
        }
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseEvaluationCluster(membership));
        using IHost host = builder.Build();
        var progress = Progress.For(error);
        PartialReport report;
        try
        {
            host.Start();
            report = ClusterReport.RunAsync(host.Services.GetRequiredService<IClusterClient>(), request, partitions, progress: progress).GetAwaiter().GetResult();
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
        var document = report.ToDocument(request.Options().Policy);
        if (file is null)
        {
            ReportOutput.WriteJson(output, document);
        }
        else
        {
            using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
            ReportOutput.WriteJson(writer, document);
        }
        output.Flush();
        error.WriteLine(FormattableString.Invariant($"read {report.Read}, accepted {report.Accepted}, rejected {report.Rejected} over {partitions} partitions; as of {report.AsOf}; policy {request.Policy}"));
        return Exit.Success;
    }
}

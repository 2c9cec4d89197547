using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Orleans;
using Evaluation.Orleans.Hosting;
using Evaluation.Orleans.Partitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation report --cluster</c>: a report run by the cluster's silos (<see cref="ClusterReport"/>), merged into one part.</summary>
internal static class ReportOnCluster
{
    /// <summary>The whole report as the cluster's partitions are cut from: its options in the form that travels between silos.</summary>
    /// <param name="policy">The policy, a preset with the bases chosen.</param>
    /// <param name="calendar">The calendar: the holiday files given travel as plain text.</param>
    /// <param name="provisional">Whether years without a notice get a provisional schedule.</param>
    /// <param name="from">The first date, or null.</param>
    /// <param name="to">The last date, or null.</param>
    /// <param name="asOf">The as-of instant, or null for the latest of the records.</param>
    /// <param name="grouping">The grouping.</param>
    internal static PartitionRequest Request(
        EvaluationPolicy policy, CalendarChoice calendar, bool provisional, LocalDate? from, LocalDate? to, Instant? asOf, Grouping grouping) => new()
    {
        Policy = policy.Name,
        ActiveRatingRateBasis = policy.ActiveRatingRateBasis,
        MatterCoverageBasis = policy.MatterCoverageBasis,
        Provisional = provisional,
        Holidays = [.. calendar.Files.Keys.Order().Select(year => HolidayScheduleText.ToPlainText(
            calendar.Calendar.Schedules.Single(s => s.Kind == HolidayScheduleKind.National && s.Year == year)))],
        From = PartitionRequest.Text(from),
        To = PartitionRequest.Text(to),
        AsOfTicks = asOf?.ToUnixTimeTicks(),
        Dimensions = grouping.Dimensions,
        Period = grouping.Period,
    };

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

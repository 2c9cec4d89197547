using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Evaluation.Orleans.Hosting;
using Evaluation.Orleans.Partitions;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Evaluation.Cli.Tests.Cluster;

/// <summary>
/// The silos of the in-process test clusters: each reads the database named in the cluster's configuration, and a call
/// filter (<see cref="Faults"/>) can slow the partitions down, note which silo runs each, and make one range fail, so
/// that the tests can stop a silo while it works and see a partition that keeps failing.
/// </summary>
public sealed class TestSilos : ISiloConfigurator
{
    internal const string DatabaseKey = "EvaluationDatabase";

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddEvaluationPartitions(siloBuilder.Configuration[DatabaseKey]!);
        siloBuilder.AddIncomingGrainCallFilter<Faults>();
    }

    /// <summary>What happens to the partitions of the cluster of the test running (one at a time: the tests share a collection).</summary>
    internal sealed class Faults(ILocalSiloDetails silo) : IIncomingGrainCallFilter
    {
        internal static TimeSpan Delay { get; set; }

        internal static string? FailingRange { get; set; }

        /// <summary>The silo each partition grain ran on, by grain key.</summary>
        internal static ConcurrentDictionary<string, SiloAddress> SiloOfGrain { get; } = new();

        internal static void Reset()
        {
            Delay = TimeSpan.Zero;
            FailingRange = null;
            SiloOfGrain.Clear();
        }

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.Request.GetArgumentCount() > 0 && context.Request.GetArgument(0) is PartitionRequest request)
            {
                SiloOfGrain[context.TargetId.Key.ToString()!] = silo.SiloAddress;
                await Task.Delay(Delay);
                if (request.Range == FailingRange)
                {
                    throw new InvalidOperationException($"partition {request.Range} fails here");
                }
            }
            await context.Invoke();
        }
    }
}

using Evaluation.Cli.Commands;
using Xunit;

namespace Evaluation.Cli.Tests.Cluster;

/// <summary>
/// The native tool hands the cluster's command lines, and only those, to the framework-dependent build packed beside it
/// (the hand-off itself, on the installed tool, is checked by <c>.ci/native-tool-check</c>).
/// </summary>
public class ClusterHandOffTests
{
    [Theory]
    [InlineData("silo")]
    [InlineData("silo", "--help")]
    [InlineData("silo", "--cluster", "env:CLUSTER", "--connection", "env:DB")]
    [InlineData("report", "--cluster", "env:CLUSTER", "--by", "unit")]
    [InlineData("report", "--by", "unit", "--cluster=env:CLUSTER")]
    [InlineData("report", "--cluster:env:CLUSTER", "--table", "districts")]
    public void A_silo_or_a_report_on_a_cluster_is_handed_off(params string[] args) =>
        Assert.True(ClusterHandOff.NamesCluster(args));

    [Theory]
    [InlineData]
    [InlineData("report", "--demo")]
    [InlineData("report", "data", "--by", "unit", "--out", "cluster.json")]
    [InlineData("report", "--clusters", "x")]
    [InlineData("validate", "--cluster")]
    [InlineData("load", "data", "--connection", "env:DB")]
    [InlineData("--help")]
    [InlineData("Silo")]
    public void Every_other_command_runs_where_it_is(params string[] args) =>
        Assert.False(ClusterHandOff.NamesCluster(args));

    [Fact]
    public void A_process_that_compiles_code_runs_the_cluster_itself() =>
        Assert.False(ClusterHandOff.IsNeeded(["silo", "--help"]));
}

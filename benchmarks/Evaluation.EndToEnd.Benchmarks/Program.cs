using BenchmarkDotNet.Running;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// Runs the end-to-end benchmarks: <c>EVALUATION_E2E_N=10000000 dotnet run -c Release --project
/// benchmarks/Evaluation.EndToEnd.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

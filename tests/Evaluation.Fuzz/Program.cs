using System;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace Evaluation.Fuzz;

/// <summary>
/// The fuzzing harness: <c>Evaluation.Fuzz TARGET</c> under afl-fuzz (docs/reliability.md), or
/// <c>Evaluation.Fuzz TARGET FILE...</c> to run inputs once each and say which fail.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: Evaluation.Fuzz TARGET [FILE...]; targets: {string.Join(", ", FuzzTargets.All)}");
            return 2;
        }
        string target = args[0];
        if (args.Length > 1)
        {
            int failed = 0;
            foreach (string path in args[1..])
            {
                try
                {
                    FuzzTargets.Run(target, File.ReadAllBytes(path));
                }
                catch (Exception e)
                {
                    failed++;
                    Console.Error.WriteLine($"{path}: {e}");
                }
            }
            Console.WriteLine($"{args.Length - 1 - failed} passed, {failed} failed");
            return failed == 0 ? 0 : 1;
        }
        Fuzzer.Run(stream =>
        {
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            FuzzTargets.Run(target, bytes.ToArray());
        });
        return 0;
    }
}

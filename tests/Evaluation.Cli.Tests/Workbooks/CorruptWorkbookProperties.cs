using System;
using System.IO;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

public class CorruptWorkbookProperties
{
    private static readonly Lazy<byte[]> Workbook = new(() =>
    {
        using var root = new TemporaryDirectory();
        string csv = Path.Combine(root.Path, "csv"), xlsx = Path.Combine(root.Path, "xlsx");
        Directory.CreateDirectory(csv);
        MessyExports.WriteDirectory(csv, [[], ["R1,,M1,410202,,,pc,5,active,true,2023-12-01T11:00:00+08:00,,好", "R2,,M1,410202,,,pc,1,active,true,2023-12-01T11:00:00+08:00,slow,慢"], [], [], [], ["0", "plain"]]);
        WorkbookInputProperties.WriteAsWorkbooks(csv, xlsx);
        return File.ReadAllBytes(Path.Combine(xlsx, "ratings.xlsx"));
    });

    /// <summary>Robustness: a workbook with bytes overwritten anywhere is read or refused with a message naming it; the command never fails unexpectedly.</summary>
    [Property(MaxTest = 150)]
    public Property A_damaged_workbook_is_read_or_refused_by_name_never_a_crash()
    {
        Gen<(int At, byte[] Bytes)> damage =
            from at in Gen.Choose(0, Workbook.Value.Length - 1)
            from length in Gen.Choose(1, 64)
            from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
            select (at, bytes);
        return Prop.ForAll(damage.ToArbitrary(), d =>
        {
            using var root = new TemporaryDirectory();
            Directory.CreateDirectory(root.Path);
            byte[] bytes = (byte[])Workbook.Value.Clone();
            Array.Copy(d.Bytes, 0, bytes, d.At, Math.Min(d.Bytes.Length, bytes.Length - d.At));
            File.WriteAllBytes(Path.Combine(root.Path, "ratings.xlsx"), bytes);
            CliRunner.Result result = CliRunner.Run("validate", root.Path, "--rejects", Path.Combine(root.Path, "..", Path.GetFileName(root.Path) + "-rejects.csv"));
            Assert.False(result.Error.Contains("failed unexpectedly", StringComparison.Ordinal), result.Error);
            Assert.True(result.Code is 0 or 1 || result.Error.Contains("ratings.xlsx", StringComparison.Ordinal), result.Error);
            return true;
        });
    }
}

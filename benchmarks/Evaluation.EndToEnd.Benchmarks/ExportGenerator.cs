using System;
using System.Globalization;
using System.IO;
using System.Text;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>The size of an export's catalogue: its units, matters, and windows and departments per unit.</summary>
/// <param name="Name">The shape's name in benchmark tables.</param>
public sealed record ExportShape(string Name, int Units, int Matters, int WindowsPerUnit, int DepartmentsPerUnit)
{
    /// <summary>A city's year: 400 units (counties), 50,000 matters, four windows and ten departments per unit.</summary>
    public static readonly ExportShape City = new("city", 400, 50_000, 4, 10);

    /// <summary>A wide catalogue: 1,000 units with five windows each (5,000 windows), 100,000 matters, ten departments per unit.</summary>
    public static readonly ExportShape Wide = new("wide", 1_000, 100_000, 5, 10);

    public override string ToString() => Name;
}

/// <summary>
/// A seeded export of a year: the units, windows and departments of a shape (<see cref="ExportShape.City"/> unless
/// another is given), N completed cases of 2023 spread over its matters, and one rating per case: three in four active
/// within a day of completion, one in four the default rating (默认评价, 满意, through the system) at its window's close
/// under the Henan policy. Every row is valid.
/// </summary>
public static class ExportGenerator
{
    public static int Units => ExportShape.City.Units;

    private static readonly Instant YearStart = Instant.FromUtc(2022, 12, 31, 16, 0);
    private static readonly Offset China = Offset.FromHours(8);

    /// <summary>Writes the export into a directory (made if missing) unless a complete one for the same shape and N is there.</summary>
    public static string Ensure(string directory, int n, ExportShape? shape = null, int seed = 2023)
    {
        shape ??= ExportShape.City;
        string marker = Path.Combine(directory, $".complete-{shape.Name}-{n}-{seed}-v2");
        if (File.Exists(marker))
        {
            return directory;
        }
        Directory.CreateDirectory(directory);
        Write(directory, n, shape, seed);
        File.WriteAllText(marker, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return directory;
    }

    private static void Write(string directory, int n, ExportShape shape, int seed)
    {
        using (var units = Writer(directory, "units.csv", "unit_code,name,division_code,parent_code,level"))
        using (var windows = Writer(directory, "windows.csv", "window_code,name,unit_code,department_code,kind"))
        using (var departments = Writer(directory, "departments.csv", "department_code,name,unit_code"))
        {
            for (int u = 0; u < shape.Units; u++)
            {
                units.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{UnitCode(u)},单位{u},{UnitCode(u)},,county"));
                for (int w = 0; w < shape.WindowsPerUnit; w++)
                {
                    windows.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{WindowCode(u, w)},窗口{w},{UnitCode(u)},,comprehensive"));
                }
                for (int d = 0; d < shape.DepartmentsPerUnit; d++)
                {
                    departments.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DepartmentCode(u, d)},部门{d},{UnitCode(u)}"));
                }
            }
        }
        var rule = new DefaultRatingRule(EvaluationPolicy.Henan, DeadlineCalculator.China);
        var random = new Random(seed);
        using var cases = Writer(directory, "cases.csv", "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at");
        using var ratings = Writer(directory, "ratings.csv", "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment");
        var line = new StringBuilder(256);
        for (int i = 0; i < n; i++)
        {
            int u = random.Next(shape.Units);
            string matter = string.Create(CultureInfo.InvariantCulture, $"M{random.Next(shape.Matters):D5}");
            string window = WindowCode(u, random.Next(shape.WindowsPerUnit));
            string department = DepartmentCode(u, random.Next(shape.DepartmentsPerUnit));
            Instant accepted = YearStart + Duration.FromSeconds(random.NextInt64(350L * 86400));
            Instant completed = accepted + Duration.FromMinutes(10 + random.Next(3 * 24 * 60));
            bool active = random.Next(4) != 0;
            Instant rated = active ? completed + Duration.FromMinutes(1 + random.Next(24 * 60)) : rule.WindowClosesAt(completed);
            string number = string.Create(CultureInfo.InvariantCulture, $"C{i:D9}");
            line.Clear().Append(number).Append(',').Append(matter).Append(',').Append(UnitCode(u)).Append(',').Append(department).Append(',').Append(window).Append(',')
                .Append(Text(accepted)).Append(',').Append(Text(completed));
            cases.WriteLine(line);
            int level = active ? 3 + random.Next(3) : 4;
            line.Clear().Append('R').Append(i.ToString("D9", CultureInfo.InvariantCulture)).Append(',').Append(number).Append(',').Append(matter).Append(',')
                .Append(UnitCode(u)).Append(',').Append(department).Append(',').Append(window).Append(',').Append(active ? "app" : "system").Append(',').Append(level).Append(',')
                .Append(active ? "active" : "default").Append(',').Append(active ? "true" : "false").Append(',').Append(Text(rated)).Append(",,");
            ratings.WriteLine(line);
        }
    }

    public static string UnitCode(int u) => string.Create(CultureInfo.InvariantCulture, $"{410001 + u}");

    private static string DepartmentCode(int u, int d) => string.Create(CultureInfo.InvariantCulture, $"D{410001 + u}-{d:D2}");

    private static string WindowCode(int u, int w) => string.Create(CultureInfo.InvariantCulture, $"W{410001 + u}-{w}");

    private static string Text(Instant instant) => instant.WithOffset(China).ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", CultureInfo.InvariantCulture);

    private static StreamWriter Writer(string directory, string name, string header)
    {
        var writer = new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }
}

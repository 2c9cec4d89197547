using System;
using System.Globalization;
using System.IO;
using System.Text;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// The size of an export's catalogue (its units, matters, and windows and departments per unit) and the form of its codes.
/// </summary>
/// <param name="Name">The shape's name in benchmark tables.</param>
/// <param name="PlatformCodes">
/// Whether codes take the forms provincial platforms export rather than short ones: 12-digit division codes for units,
/// 18-character unified social credit codes for departments, 31-character implementation codes (事项实施编码) for
/// matters, 18-character window codes, 23-character case numbers with letters, and GUIDs for ratings.
/// </param>
/// <param name="RatingsByTime">
/// Whether ratings are listed in the order they were made, as a platform's log lists them, and identified by random
/// (version 4) GUIDs, rather than listed in their cases' order with identifiers that ascend: neither the ratings' case
/// numbers nor their identifiers then arrive in order, and both are matched in partitions.
/// </param>
/// <param name="EveryFieldQuoted">Whether every field of every file is quoted.</param>
/// <param name="HeaderBare">Whether the headers are written bare even so, as PostgreSQL's <c>COPY ... FORCE_QUOTE *</c> writes them.</param>
public sealed record ExportShape(string Name, int Units, int Matters, int WindowsPerUnit, int DepartmentsPerUnit, bool PlatformCodes = false, bool RatingsByTime = false,
    bool EveryFieldQuoted = false, bool HeaderBare = false)
{
    /// <summary>A city's year: 400 units (counties), 50,000 matters, four windows and ten departments per unit.</summary>
    public static readonly ExportShape City = new("city", 400, 50_000, 4, 10);

    /// <summary>The city's year with every code in the forms platforms export (<see cref="PlatformCodes"/>): 3.5 GB at 10 M rather than 2.0.</summary>
    public static readonly ExportShape CityPlatformCodes = City with { Name = "city-platform-codes", PlatformCodes = true };

    /// <summary>The city's year in the platforms' codes, its ratings listed by time with random identifiers (<see cref="RatingsByTime"/>).</summary>
    public static readonly ExportShape CityPlatformCodesByTime = CityPlatformCodes with { Name = "city-platform-codes-by-time", RatingsByTime = true };

    /// <summary>The same export with every field of every file quoted, headers too, as many platforms and tools write CSV (<see cref="EveryFieldQuoted"/>).</summary>
    public ExportShape Quoted() => this with { Name = Name + "-quoted", EveryFieldQuoted = true };

    /// <summary>The same export with every field quoted but the headers bare, as PostgreSQL's <c>COPY ... (FORMAT csv, HEADER, FORCE_QUOTE *)</c> writes it (<see cref="HeaderBare"/>).</summary>
    public ExportShape FieldsQuoted() => this with { Name = Name + "-fields-quoted", EveryFieldQuoted = true, HeaderBare = true };

    /// <summary>A wide catalogue: 1,000 units with five windows each (5,000 windows), 100,000 matters, ten departments per unit.</summary>
    public static readonly ExportShape Wide = new("wide", 1_000, 100_000, 5, 10);

    /// <summary>The code of unit <paramref name="u"/>.</summary>
    public string UnitCode(int u) => PlatformCodes ? Invariant($"{410001 + u}000000") : Invariant($"{410001 + u}");

    internal string DepartmentCode(int u, int d) => PlatformCodes ? Invariant($"11{410001 + u}MB{d:D7}X") : Invariant($"D{410001 + u}-{d:D2}");

    internal string WindowCode(int u, int w) => PlatformCodes ? Invariant($"{410001 + u}000000-CK-{w:D2}") : Invariant($"W{410001 + u}-{w}");

    internal string MatterCode(int m) => PlatformCodes ? Invariant($"11410000005251432E3000{m:D5}0000") : Invariant($"M{m:D5}");

    internal string CaseNumber(int i) => PlatformCodes ? Invariant($"11410000MB{i:D9}2023") : Invariant($"C{i:D9}");

    internal string RatingId(int i) => PlatformCodes ? Invariant($"3f2b1c4e-0000-4000-8000-{i:D12}") : Invariant($"R{i:D9}");

    public override string ToString() => Name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A seeded export of a year: the units, windows and departments of a shape (<see cref="ExportShape.City"/> unless
/// another is given), N completed cases of 2023 spread over its matters, and one rating per case: three in four active
/// within a day of completion, one in four the default rating (默认评价, 满意, through the system) at its window's close
/// under the Henan policy. Every row is valid. A shape whose ratings are listed by time (<see cref="ExportShape.RatingsByTime"/>)
/// has the same cases and the same ratings, in the order of their instants (ties in case order), with random identifiers.
/// </summary>
public static class ExportGenerator
{
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
        using (var units = Writer(directory, "units.csv", "unit_code,name,division_code,parent_code,level", shape))
        using (var windows = Writer(directory, "windows.csv", "window_code,name,unit_code,department_code,kind", shape))
        using (var departments = Writer(directory, "departments.csv", "department_code,name,unit_code", shape))
        {
            for (int u = 0; u < shape.Units; u++)
            {
                units.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape.UnitCode(u)},单位{u},{410001 + u},,county"));
                for (int w = 0; w < shape.WindowsPerUnit; w++)
                {
                    windows.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape.WindowCode(u, w)},窗口{w},{shape.UnitCode(u)},,comprehensive"));
                }
                for (int d = 0; d < shape.DepartmentsPerUnit; d++)
                {
                    departments.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape.DepartmentCode(u, d)},部门{d},{shape.UnitCode(u)}"));
                }
            }
        }
        var rule = new DefaultRatingRule(EvaluationPolicy.Henan, DeadlineCalculator.China);
        var random = new Random(seed);
        using var cases = Writer(directory, "cases.csv", "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at", shape);
        using var ratings = Writer(directory, "ratings.csv", "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment", shape);
        var line = new StringBuilder(256);
        // Listed by time, each rating is kept (a few dozen bytes) and written once all are made.
        RatingFields[]? byTime = shape.RatingsByTime ? new RatingFields[n] : null;
        for (int i = 0; i < n; i++)
        {
            int u = random.Next(shape.Units);
            int m = random.Next(shape.Matters), w = random.Next(shape.WindowsPerUnit), d = random.Next(shape.DepartmentsPerUnit);
            string matter = shape.MatterCode(m), window = shape.WindowCode(u, w), department = shape.DepartmentCode(u, d);
            Instant accepted = YearStart + Duration.FromSeconds(random.NextInt64(350L * 86400));
            Instant completed = accepted + Duration.FromMinutes(10 + random.Next(3 * 24 * 60));
            bool active = random.Next(4) != 0;
            Instant rated = active ? completed + Duration.FromMinutes(1 + random.Next(24 * 60)) : rule.WindowClosesAt(completed);
            string number = shape.CaseNumber(i);
            string unit = shape.UnitCode(u);
            line.Clear().Append(number).Append(',').Append(matter).Append(',').Append(unit).Append(',').Append(department).Append(',').Append(window).Append(',')
                .Append(Text(accepted)).Append(',').Append(Text(completed));
            cases.WriteLine(line);
            int level = active ? 3 + random.Next(3) : 4;
            var fields = new RatingFields(i, u, m, d, w, active, level, rated);
            if (byTime is null)
            {
                ratings.WriteLine(RatingLine(line, shape.RatingId(i), shape, fields));
            }
            else
            {
                byTime[i] = fields;
            }
        }
        if (byTime is not null)
        {
            // Sorted by instant, then case; the identifiers drawn from a generator of their own, so that the cases above stay those of the same seed.
            Array.Sort(byTime, (a, b) => a.RatedAt != b.RatedAt ? a.RatedAt.CompareTo(b.RatedAt) : a.Case.CompareTo(b.Case));
            var ids = new Random(seed + 1);
            Span<byte> bytes = stackalloc byte[16];
            foreach (RatingFields fields in byTime)
            {
                ids.NextBytes(bytes);
                bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (Guid's byte order puts the version in byte 7)
                bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
                ratings.WriteLine(RatingLine(line, new Guid(bytes).ToString("D"), shape, fields));
            }
        }
    }

    private static StringBuilder RatingLine(StringBuilder line, string id, ExportShape shape, RatingFields f) =>
        line.Clear().Append(id).Append(',').Append(shape.CaseNumber(f.Case)).Append(',').Append(shape.MatterCode(f.Matter)).Append(',')
            .Append(shape.UnitCode(f.Unit)).Append(',').Append(shape.DepartmentCode(f.Unit, f.Department)).Append(',').Append(shape.WindowCode(f.Unit, f.Window)).Append(',').Append(f.Active ? "app" : "system").Append(',').Append(f.Level).Append(',')
            .Append(f.Active ? "active" : "default").Append(',').Append(f.Active ? "true" : "false").Append(',').Append(Text(f.RatedAt)).Append(",,");

    /// <summary>What a rating's line is written from: its case's index and codes (as indices), and its own facts.</summary>
    private readonly record struct RatingFields(int Case, int Unit, int Matter, int Department, int Window, bool Active, int Level, Instant RatedAt);

    private static string Text(Instant instant) => instant.WithOffset(China).ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", CultureInfo.InvariantCulture);

    private static LineWriter Writer(string directory, string name, string header, ExportShape shape)
    {
        var inner = new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var writer = new LineWriter(inner, shape.EveryFieldQuoted);
        if (shape.HeaderBare)
        {
            inner.WriteLine(header);
        }
        else
        {
            writer.WriteLine(header);
        }
        return writer;
    }

    /// <summary>Writes lines of fields separated by commas (none holds one), each field quoted when the shape says so.</summary>
    private sealed class LineWriter(StreamWriter inner, bool quoted) : IDisposable
    {
        public void WriteLine(string line) => inner.WriteLine(quoted ? "\"" + line.Replace(",", "\",\"", StringComparison.Ordinal) + "\"" : line);

        public void WriteLine(StringBuilder line)
        {
            if (quoted)
            {
                WriteLine(line.ToString());
                return;
            }
            inner.WriteLine(line);
        }

        public void Dispose() => inner.Dispose();
    }
}

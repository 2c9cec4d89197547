using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.IO.Tests;

/// <summary>
/// The rows written straight into bytes are the bytes <see cref="Utf8JsonWriter"/> writes for the same rows, property by
/// property, with the report's options: any texts (quotes, control characters, Chinese, emoji, lone surrogates), any
/// numbers, rates applicable or not (large and small), any display decimals, rows with no properties at all, texts of thousands of characters.
/// </summary>
public class ReportJsonReferenceProperties
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Elements("M1", "410202", "龙亭区", "事项 \"甲\"", "tab\tand\nline", "back\\slash", "<b>&amp;</b>", "emoji 😀", "\u007f\u0085\u2028", "\ufffd\ufeff", "é", string.Empty),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements("lone \ud800 high", "lone \udc00 low", "\udbff\udfff"),
        // Texts longer than the spans a row is written into, plain and escaped.
        from length in Gen.Choose(700, 3000)
        from c in Gen.Elements('名', '"', 'a', '\u0001')
        select new string(c, length));

    private static readonly Gen<string?> NullableTexts = Gen.OneOf(Gen.Constant<string?>(null), Texts.Select(s => (string?)s));

    private static readonly Gen<long> Numbers = Gen.OneOf(
        Gen.Choose(-5, 1_000_000).Select(n => (long)n),
        Gen.Choose(0, 120).Select(n => (long)n),
        Gen.Elements(long.MinValue, long.MaxValue, 0L, 9_999_999_999L));

    private static readonly Gen<Rate> Rates = Gen.OneOf(
        from numerator in Gen.Choose(0, 1_000_000)
        from denominator in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 3_000_000))
        from scale in Gen.Elements(1L, 1_000_000L)
        select new Rate(Math.Min(numerator, denominator) * scale, denominator * scale),
        // Small terms, whose objects' bytes the writer keeps, and the seams of that (32).
        from numerator in Gen.Choose(0, 33)
        from denominator in Gen.Choose(0, 33)
        select new Rate(Math.Min(numerator, denominator), denominator));

    private static readonly Gen<ReportDimension> Dimensions =
        from name in Gen.Elements("matter", "unit", "名\"称")
        from code in NullableTexts
        from displayName in NullableTexts
        select new ReportDimension(name, code, displayName);

    private static readonly Gen<KeyValuePair<string, long>> Counts =
        from name in Gen.Elements("cases", "ratings", "good", "a\"b", "件数")
        from count in Numbers
        select new KeyValuePair<string, long>(name, count);

    private static readonly Gen<KeyValuePair<string, Rate>> NamedRates =
        from name in Gen.Elements("goodRate", "badRate", "好评率")
        from rate in Rates
        select new KeyValuePair<string, Rate>(name, rate);

    private static readonly Gen<ReportRow> Rows =
        from dimensionCount in Gen.Choose(0, 3)
        from dimensions in Dimensions.ListOf(dimensionCount)
        from period in NullableTexts
        from countCount in Gen.Choose(0, 6)
        from counts in Counts.ListOf(countCount)
        from rateCount in Gen.Choose(0, 4)
        from rates in NamedRates.ListOf(rateCount)
        from form in Gen.Choose(0, 2)
        select form switch
        {
            0 => new ReportRow([.. dimensions], period, counts.ToImmutableArray(), rates.ToImmutableArray()),
            1 => new ReportRow([.. dimensions], period, counts.ToArray(), rates.ToArray()),
            _ => new ReportRow([.. dimensions], period, counts.ToList(), rates.ToList()),
        };

    [Property(MaxTest = 300)]
    public Property Rows_are_the_bytes_the_framework_writer_writes() =>
        Prop.ForAll(
            Rows.ArrayOf().ToArbitrary(),
            Gen.Choose(0, 4).ToArbitrary(),
            Gen.Choose(1, 3).ToArbitrary(),
            (rows, decimals, threads) =>
            {
                var document = new ReportDocument(["matter"], "month", "henan", Instant.FromUtc(2023, 12, 31, 16, 0), rows.Length, rows.Length, 0, rows)
                {
                    DisplayDecimals = decimals,
                };
                string ours = Outcome(s => ReportJsonWriter.Write(s, document, threads, 2)), reference = Outcome(s => FrameworkReportJson.Write(s, document));
                return (ours == reference).Label($"{rows.Length} rows, {decimals} decimals, {threads} threads:\n{ours}\n---\n{reference}");
            });

    /// <summary>Rows of one shape, as a report's are: the same dimensions, counts and rates by name in every row.</summary>
    private static readonly Gen<(string[] Dimensions, string[] Counts, string[] Rates, bool Period)> Shapes =
        from dimensionCount in Gen.Choose(0, 3)
        let dimensions = new[] { "matter", "unit", "名\"称" }[..dimensionCount]
        from counts in Gen.Elements("cases", "ratings", "good", "a\"b", "件数").ArrayOf()
        from rates in Gen.Elements("goodRate", "badRate", "好评率").ArrayOf()
        from period in ArbMap.Default.GeneratorFor<bool>()
        select (dimensions, counts, rates, period);

    [Property(MaxTest = 300)]
    public Property Rows_read_field_by_field_are_the_bytes_the_framework_writer_writes_for_them() =>
        Prop.ForAll(
            Shapes.SelectMany(shape =>
                (from codes in NullableTexts.ArrayOf(shape.Dimensions.Length)
                 from names in NullableTexts.ArrayOf(shape.Dimensions.Length)
                 from period in shape.Period ? NullableTexts : Gen.Constant<string?>(null)
                 from counts in Numbers.ArrayOf(shape.Counts.Length)
                 from rates in Rates.ArrayOf(shape.Rates.Length)
                 select new ReportRow(
                     [.. shape.Dimensions.Select((d, i) => new ReportDimension(d, codes[i], names[i]))], period,
                     [.. shape.Counts.Zip(counts, (n, c) => new KeyValuePair<string, long>(n, c))],
                     [.. shape.Rates.Zip(rates, (n, r) => new KeyValuePair<string, Rate>(n, r))]))
                .ArrayOf().Select(rows => (shape, rows))).ToArbitrary(),
            Gen.Choose(1, 3).ToArbitrary(),
            (drawn, threads) =>
            {
                ((string[] dimensions, string[] counts, string[] rates, _), ReportRow[] rows) = drawn;
                var fieldRows = new FieldRows(rows, [.. dimensions], [.. counts], [.. rates]);
                ReportDocument Document(IReadOnlyList<ReportRow> list) =>
                    new(dimensions, "month", "henan", Instant.FromUtc(2023, 12, 31, 16, 0), rows.Length, rows.Length, 0, list);
                string ours = Outcome(s => ReportJsonWriter.Write(s, Document(fieldRows), threads, 2)), reference = Outcome(s => FrameworkReportJson.Write(s, Document(rows)));
                return (ours == reference).Label($"{rows.Length} rows, {threads} threads:\n{ours}\n---\n{reference}")
                    .And(rows.Length == 0 || fieldRows.Filled > 0).Label("read field by field");
            });

    /// <summary>Rows that give their fields (the writer's reusable buffer) as well as themselves.</summary>
    private sealed class FieldRows(ReportRow[] rows, ImmutableArray<string> dimensionNames, ImmutableArray<string> countNames, ImmutableArray<string> rateNames)
        : IReadOnlyList<ReportRow>, IRowFieldSource
    {
        private int filled;

        internal int Filled => filled;

        public ReportRow this[int index] => rows[index];

        public int Count => rows.Length;

        public ImmutableArray<string> DimensionNames => dimensionNames;

        public ImmutableArray<string> CountNames => countNames;

        public ImmutableArray<string> RateNames => rateNames;

        public void Fill(int index, RowFields fields)
        {
            System.Threading.Interlocked.Increment(ref filled);
            ReportRow row = rows[index];
            for (int d = 0; d < fields.Codes.Length; d++)
            {
                fields.Codes[d] = row.Dimensions[d].Code;
                fields.DisplayNames[d] = row.Dimensions[d].DisplayName;
            }
            fields.Period = row.Period;
            for (int i = 0; i < fields.Counts.Length; i++)
            {
                fields.Counts[i] = row.Counts[i].Value;
            }
            for (int i = 0; i < fields.Rates.Length; i++)
            {
                fields.Rates[i] = row.Rates[i].Value;
            }
        }

        public IEnumerator<ReportRow> GetEnumerator() => ((IEnumerable<ReportRow>)rows).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The bytes written, as text, or the type of the exception thrown.</summary>
    private static string Outcome(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        try
        {
            write(stream);
        }
        catch (ArgumentException e)
        {
            return "threw " + e.GetType().Name;
        }
        return Convert.ToHexString(stream.ToArray()) + "\n" + System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Cli.Rendering;
using Evaluation.Cli.Tables;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Demo;
using Evaluation.IO.Columnar;
using Evaluation.IO.Json;
using Evaluation.Npgsql.Reading;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using Evaluation.Workbooks.Reading;
using NodaTime;
using Npgsql;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation report</c>: reads, validates, applies the lifecycle rules, aggregates and prints.</summary>
internal static class ReportCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string?>("DIR") { Description = "The directory with the CSV exports (cases.csv, ratings.csv, ...) or Excel workbooks (cases.xlsx, ratings.xlsx, ...).", Arity = ArgumentArity.ZeroOrOne };
        var demo = Options.Demo();
        var scale = Options.Scale();
        var by = new Option<string>("--by") { Description = "Group by unit, department, matter, window or channel; one or two, comma separated.", DefaultValueFactory = _ => "unit" };
        var period = new Option<string?>("--period") { Description = "Also group by period: day, week, month, quarter or year." };
        period.AcceptOnlyFromAmong("day", "week", "month", "quarter", "year");
        var from = new Option<string?>("--from") { Description = "First date of ratings to count (yyyy-MM-dd, China Standard Time)." };
        var to = new Option<string?>("--to") { Description = "Last date of ratings to count (yyyy-MM-dd)." };
        var asOf = new Option<string?>("--as-of") { Description = "The instant open rectifications are judged at (ISO-8601 with offset); by default the latest instant in the input." };
        var policy = Options.Policy();
        var format = new Option<string>("--format") { Description = "table, markdown, csv, json, xlsx (an Excel workbook, with --out) or html (a page with charts).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "markdown", "csv", "json", "xlsx", "html");
        var outFile = new Option<string[]>("--out")
        {
            Description = "Write the report to this file rather than to standard output; repeatable. Without --format, each file's format is that of its extension (.xlsx, .html, .json, .csv, .md, .txt).",
        };
        var lang = new Option<string>("--lang") { Description = "Headings: zh (the official Chinese ones) or en.", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var table = new Option<string?>("--table") { Description = "A standard table: districts, qr, requests, civic-centre or follow-up-ledger." };
        table.AcceptOnlyFromAmong("districts", "qr", "requests", "civic-centre", "follow-up-ledger");
        var sort = new Option<string?>("--sort") { Description = "Rank rows by a metric with competition ranking: " + string.Join(", ", Ordering.Metrics) + "." };
        sort.AcceptOnlyFromAmong(Ordering.Metrics);
        var unit = new Option<string?>("--unit") { Description = "The hall's unit code for the civic-centre table." };
        var basis = new Option<string?>("--basis")
        {
            Description = "What the active rating rate and the matter coverage rate are counted over: cases (completed cases, the policy's default) or ratings (case-linked ratings, for an export without cases).",
        };
        basis.AcceptOnlyFromAmong("cases", "ratings");
        var holidays = CalendarOptions.Holidays();
        var provisional = CalendarOptions.Provisional();
        var connection = DatabaseConnection.Option();
        var cluster = SiloCommand.ClusterOption();
        var partitions = new Option<int>("--partitions") { Description = "With --cluster: how many date ranges the report is cut into.", DefaultValueFactory = _ => 8 };

        var command = new Command("report", "Print the standard tables of the annual report, or metrics by any grouping.")
        {
            directory, demo, scale, connection, by, period, from, to, asOf, policy, basis, format, outFile, lang, table, sort, unit, holidays, provisional, cluster, partitions,
        };
        command.SetAction(parse =>
        {
            if (!Parse.TryDimensions(parse.GetValue(by)!, out var dimensions, out string? problem)
                || !Parse.TryDate(parse.GetValue(from), "--from", out LocalDate? fromDate, ref problem)
                || !Parse.TryDate(parse.GetValue(to), "--to", out LocalDate? toDate, ref problem)
                || !Parse.TryRange(fromDate, toDate, ref problem)
                || !Parse.TryInstant(parse.GetValue(asOf), out Instant? asOfInstant, ref problem)
                || !Options.TryPolicy(parse.GetValue(policy), out EvaluationPolicy? evaluationPolicy, ref problem)
                || !Options.TryScale(parse.GetValue(scale), ref problem))
            {
                error.WriteLine(problem);
                return Exit.Usage;
            }
            if (!ReportTargets.TryChoose(parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : null, parse.GetValue(outFile) ?? [], out var targets, ref problem))
            {
                error.WriteLine(problem);
                return Exit.Usage;
            }
            if (Contradiction(parse, table, by, period, scale, demo, unit, sort, targets) is string contradiction)
            {
                error.WriteLine(contradiction);
                return Exit.Usage;
            }
            if (!CalendarOptions.TryChoose(parse.GetValue(holidays), parse.GetValue(provisional), error, out CalendarChoice? calendar))
            {
                return Exit.Usage;
            }
            string? dir = parse.GetValue(directory);
            bool useDemo = parse.GetValue(demo);
            string? database = parse.GetValue(connection);
            Language language = parse.GetValue(lang) == "en" ? Language.En : Language.Zh;
            var grouping = new Grouping(dimensions, Parse.PeriodKind(parse.GetValue(period)));
            bool standard = parse.GetValue(table) is not null || (parse.GetResult(by) is null or { Implicit: true } && parse.GetResult(period) is null);
            // The standard tables, from the figures of this machine's report or of a cluster's.
            IReadOnlyList<Table> StandardTables(TableInputs inputs) => (parse.GetValue(table) ?? "annual") switch
            {
                "districts" => [DistrictTable.Build(inputs, language, parse.GetValue(sort))],
                "qr" => [QrTable.Build(inputs, language)],
                "requests" => [RequestsTable.Build(inputs, language)],
                "civic-centre" => [CivicCentreTable.Build(inputs, language, parse.GetValue(unit))],
                "follow-up-ledger" => [FollowUpLedgerTable.Build(inputs, language)],
                _ =>
                [
                    DistrictTable.Build(inputs, language, parse.GetValue(sort)), QrTable.Build(inputs, language),
                    RequestsTable.Build(inputs, language), CivicCentreTable.Build(inputs, language, parse.GetValue(unit)),
                ],
            };
            if (parse.GetValue(cluster) is string clusterGiven)
            {
                return OnCluster(clusterGiven);
            }
            if ((useDemo ? 1 : 0) + (dir is null ? 0 : 1) + (database is null ? 0 : 1) != 1)
            {
                error.WriteLine("Give one input: a data directory, --demo or --connection.");
                return Exit.Usage;
            }
            var progress = Progress.For(error);
            ReportPeriodDefaults(ref fromDate, ref toDate, useDemo);
            // Made where each input is prepared: a directory's after its files are read, so that the reading does not wait for
            // the calendar the options hold (built meanwhile, Warmup).
            ReportOptions MakeOptions() => new()
            {
                Policy = WithBasis(evaluationPolicy!, parse.GetValue(basis)),
                From = fromDate,
                To = toDate,
                AsOf = asOfInstant,
                Deadlines = calendar!.Deadlines,
                ReclaimMemoryBetweenStages = true,
                ReleaseRecords = true,
            };
            PreparedReport context;
            WorkbookExports? workbooks = null;
            if (useDemo)
            {
                progress.Report("generating the demo data (Kaifeng 2023)");
                context = ReportPipeline.Prepare(ReportInput.FromRecords(DemoCommand.Records(new DemoDataSet(scale: parse.GetValue(scale)))), MakeOptions(), progress);
            }
            else if (database is not null)
            {
                using NpgsqlDataSource? dataSource = DatabaseConnection.TryOpen(database, error);
                if (dataSource is null)
                {
                    return Exit.Usage;
                }
                progress.Report("reading the database");
                try
                {
                    context = DatabaseSource.PrepareAsync(dataSource, MakeOptions(), progress).GetAwaiter().GetResult();
                }
                catch (NpgsqlException e)
                {
                    error.WriteLine(DatabaseConnection.Describe(e));
                    return Exit.Usage;
                }
            }
            else
            {
                progress.Report($"reading {Path.GetFullPath(dir!)}");
                if (!DataInput.TryRead(dir!, error, progress, out ReportInput? input, out workbooks))
                {
                    return Exit.Usage;
                }
                IReadOnlyList<string> fileErrors = input!.FileErrors;
                if (fileErrors.Count > 0)
                {
                    foreach (string e in fileErrors)
                    {
                        error.WriteLine(workbooks?.InSourceNames(e) ?? e);
                    }
                    workbooks?.Dispose();
                    return Exit.Usage;
                }
                context = ReportPipeline.Prepare(input, MakeOptions(), progress);
            }
            // The files converted from workbooks are kept until the report is done.
            using WorkbookExports? converted = workbooks;
            progress.Report("printing");
            IReadOnlyList<Table> Build() => !standard
                ? [MetricsReport.Build(g => context.Rows(g), grouping, context.Policy, language, parse.GetValue(sort))]
                : StandardTables(TableInputs.Of(context));
            if (!TryPrint(g => context.Rows(g), Build))
            {
                return Exit.Usage;
            }
            error.WriteLine(FormattableString.Invariant($"read {context.Read}, accepted {context.AcceptedCount}, rejected {context.RejectedCount}; as of {InstantText.General(context.AsOf)}; policy {context.Policy.Name}"));
            Summarize(calendar!, context.Policy, context.HasCases, context.ProvisionalYears);
            return context.RejectedCount > 0 ? Exit.Rejects : Exit.Success;

            // The report of a cluster's silos: a method of its own, so that a report of files never loads the cluster's assemblies.
            int OnCluster(string clusterGiven)
            {
                if (useDemo || dir is not null || database is not null || parse.GetValue(partitions) < 1)
                {
                    error.WriteLine("With --cluster, the silos read their own database: give no DIR, --demo or --connection; --partitions at least 1.");
                    return Exit.Usage;
                }
                EvaluationPolicy based = WithBasis(evaluationPolicy!, parse.GetValue(basis));
                Orleans.Partitions.PartitionRequest request = ReportOnCluster.Request(based, calendar!, parse.GetValue(provisional), fromDate, toDate, asOfInstant, grouping);
                int count = parse.GetValue(partitions);
                PartialReport? part;
                Func<IReadOnlyList<Table>> build;
                if (standard)
                {
                    int code = ReportOnCluster.TryRun(clusterGiven, (client, progress) => Orleans.ClusterReport.RunTablesAsync(client, request, count, progress: progress), error, out TablesPart? tables);
                    if (code != Exit.Success)
                    {
                        return code;
                    }
                    part = tables!.ByUnit;
                    build = () => StandardTables(TableInputs.Of(tables, based, fromDate, toDate));
                }
                else
                {
                    int code = ReportOnCluster.TryRun(clusterGiven, (client, progress) => Orleans.ClusterReport.RunAsync(client, request, count, progress: progress), error, out part);
                    if (code != Exit.Success)
                    {
                        return code;
                    }
                    build = () => [MetricsReport.Build(RowsOfPart, grouping, based, language, parse.GetValue(sort))];
                }
                // The part's rows by the report's grouping, or by none for a table's total.
                ReportDocument RowsOfPart(Grouping g) => part!.Regroup(g).ToDocument(based);
                if (!TryPrint(RowsOfPart, build))
                {
                    return Exit.Usage;
                }
                error.WriteLine(FormattableString.Invariant($"read {part!.Read}, accepted {part.Accepted}, rejected {part.Rejected} over {count} partitions; as of {InstantText.General(part.AsOf)}; policy {based.Name}"));
                Summarize(calendar!, based, part.HasCases, part.ProvisionalYears);
                return part.Rejected > 0 ? Exit.Rejects : Exit.Success;
            }

            // Writes the report to every target; false when the grouping is too fine to count (a usage error, written).
            bool TryPrint(Func<Grouping, ReportDocument> rowsOf, Func<IReadOnlyList<Table>> build)
            {
                try
                {
                    // Built once, when a format first needs them (a JSON report does not), and shared by every --out file.
                    IReadOnlyList<Table>? built = null;
                    IEnumerable<Table> Tables() => built ??= build();
                    foreach ((OutputFormat outputFormat, string? file) in targets)
                    {
                        ReportOutput.Write(new ReportOutput(rowsOf, grouping, Tables, outputFormat, language), output, file);
                    }
                }
                catch (GroupingTooLargeException e)
                {
                    // A grouping the data makes too fine to count is a usage error. It is found before a table is printed, but a JSON
                    // report may already be streaming: what was written goes out before the message.
                    output.Flush();
                    error.WriteLine(e.Message);
                    return false;
                }
                // What was printed comes before the summary, also when both go to one file.
                output.Flush();
                return true;
            }

            // The rates without cases to count over, the calendar's origin and the provisional years the figures lean on.
            void Summarize(CalendarChoice choice, EvaluationPolicy policy, bool hasCases, System.Collections.Immutable.ImmutableArray<int> provisionalYears)
            {
                if (!hasCases && (policy.ActiveRatingRateBasis == ActiveRatingRateBasis.CompletedCases || policy.MatterCoverageBasis == MatterCoverageBasis.CompletedCases))
                {
                    error.WriteLine("no completed cases: the active rating rate and the matter coverage rate are counted over completed cases (cases.csv), so they are not applicable (/); give the cases, or --basis ratings to count them over case-linked ratings");
                }
                if (choice != CalendarChoice.BuiltIn)
                {
                    error.WriteLine(choice.Describe());
                }
                if (!provisionalYears.IsEmpty)
                {
                    error.WriteLine($"provisional: deadlines may run over {string.Join(", ", provisionalYears)}, whose holiday notice is not applied (statutory holidays only, no make-up working days); figures that depend on them may change");
                }
            }
        });
        return command;
    }

    /// <summary>The policy with both headline rates counted over completed cases or case-linked ratings, or as it is when no basis is given.</summary>
    private static EvaluationPolicy WithBasis(EvaluationPolicy policy, string? basis)
    {
        if (basis is null)
        {
            return policy;
        }
        EvaluationPolicy.Builder builder = policy.ToBuilder();
        builder.ActiveRatingRateBasis = basis == "cases" ? ActiveRatingRateBasis.CompletedCases : ActiveRatingRateBasis.CaseLinkedRatings;
        builder.MatterCoverageBasis = basis == "cases" ? MatterCoverageBasis.CompletedCases : MatterCoverageBasis.CaseLinkedRatings;
        return builder.Build();
    }

    /// <summary>Options that cannot all be honoured together: a usage error, rather than some of them silently ignored.</summary>
    private static string? Contradiction(
        ParseResult parse, Option<string?> table, Option<string> by, Option<string?> period, Option<double> scale, Option<bool> demo,
        Option<string?> unit, Option<string?> sort, IReadOnlyList<(OutputFormat Format, string? File)> targets)
    {
        bool Given(Option option) => parse.GetResult(option) is { Implicit: false };
        string? standard = parse.GetValue(table);
        bool grouped = Given(by) || Given(period);
        return (standard, grouped) switch
        {
            (not null, true) => $"--table {standard} is a standard table; it takes no --by or --period (leave out --table for a grouping).",
            _ when Given(scale) && !parse.GetValue(demo) => "--scale applies to the demo data only: give it with --demo.",
            _ when Given(unit) && (grouped || standard is not (null or "civic-centre")) => "--unit chooses the hall of the civic-centre table: give it with --table civic-centre or the annual tables.",
            _ when Given(sort) && targets.Any(t => t.Format == OutputFormat.Json) => "--sort ranks the rows of a printed table; a JSON report's rows are in key order.",
            _ when Given(sort) && standard is not (null or "districts") => $"--sort ranks the districts table or a grouping; --table {standard} has no ranking.",
            _ => null,
        };
    }

    /// <summary>The demo covers 2023: without a range it reports that year.</summary>
    private static void ReportPeriodDefaults(ref LocalDate? from, ref LocalDate? to, bool demo)
    {
        if (demo && from is null && to is null)
        {
            from = new LocalDate(2023, 1, 1);
            to = new LocalDate(2023, 12, 31);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Evaluation.Cli.Commands;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Demo;
using Evaluation.Reporting;
using Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>The report pipeline as a library: records in, rows out, with its stages reported and cancellation honoured.</summary>
public class ReportPipelineTests
{
    private static readonly ReportOptions Henan = new() { Policy = EvaluationPolicy.Henan };

    /// <summary>Reports each value at once, on the calling thread (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Recorder(Action<ReportProgress>? onReport = null) : IProgress<ReportProgress>
    {
        internal List<ReportStage> Stages { get; } = [];

        public void Report(ReportProgress value)
        {
            Stages.Add(value.Stage);
            onReport?.Invoke(value);
        }
    }

    [Fact]
    public void Demo_records_put_into_tables_give_the_reference_rows()
    {
        var data = new DemoDataSet(scale: 0.001);
        var grouping = new Grouping([GroupingDimension.Unit, GroupingDimension.Window], ReportingPeriodKind.Quarter);

        PreparedReport report = ReportPipeline.Prepare(ReportInput.FromRecords(DemoCommand.Records(data)), Henan);

        Assert.Equal(
            ReportReferenceProperties.Text(ReferenceReport.Rows(data.ToRecordSet(), Henan, grouping)),
            ReportReferenceProperties.Text(ReportReferenceProperties.RowsOf(report.Rows(grouping).Rows)));
        Assert.Equal(report.Read, report.AcceptedCount + report.RejectedCount);
    }

    [Fact]
    public void One_input_prepared_twice_under_other_options_gives_each_its_own_rows()
    {
        ReportInput input = ReportInput.FromRecords(DemoCommand.Records(new DemoDataSet(scale: 0.0005)));
        var grouping = Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month);
        var december = Henan with { From = new NodaTime.LocalDate(2023, 12, 1), ReclaimMemoryBetweenStages = true };

        string all = ReportReferenceProperties.Text(ReportReferenceProperties.RowsOf(ReportPipeline.Prepare(input, Henan).Rows(grouping).Rows));
        string lastMonth = ReportReferenceProperties.Text(ReportReferenceProperties.RowsOf(ReportPipeline.Prepare(input, december).Rows(grouping).Rows));
        string again = ReportReferenceProperties.Text(ReportReferenceProperties.RowsOf(ReportPipeline.Prepare(input, Henan).Rows(grouping).Rows));

        Assert.Equal(all, again);
        Assert.NotEqual(all, lastMonth);
        Assert.Contains("2023-12", lastMonth, StringComparison.Ordinal);
        Assert.DoesNotContain("2023-11", lastMonth, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_releases_its_records_counts_the_same_and_refuses_its_record_sequences()
    {
        var data = new DemoDataSet(scale: 0.001);
        var grouping = new Grouping([GroupingDimension.Department], ReportingPeriodKind.Month);
        PreparedReport kept = ReportPipeline.Prepare(ReportInput.FromRecords(DemoCommand.Records(data)), Henan);
        ReportInput input = ReportInput.FromRecords(DemoCommand.Records(data));

        PreparedReport released = ReportPipeline.Prepare(input, Henan with { ReleaseRecords = true });

        Assert.Equal(
            ReportReferenceProperties.Text(ReportReferenceProperties.RowsOf(kept.Rows(grouping).Rows)),
            ReportReferenceProperties.Text(ReportReferenceProperties.RowsOf(released.Rows(grouping).Rows)));
        Assert.NotEmpty(kept.Cases);
        Assert.NotEmpty(kept.AcceptedRatings);
        Assert.Throws<InvalidOperationException>(() => released.Cases.First());
        Assert.Throws<InvalidOperationException>(() => released.AcceptedRatings.First());
        Assert.Throws<InvalidOperationException>(() => ReportPipeline.Prepare(input, Henan));
        Assert.Throws<InvalidOperationException>(() => ReportPipeline.Validate(input, EvaluationPolicy.Henan));
    }

    [Fact]
    public void Validation_under_a_reports_options_collecting_between_stages_accepts_and_rejects_as_under_its_policy()
    {
        // The demo's records with some duplicated, so that rows are rejected as well as kept.
        var records = DemoCommand.Records(new DemoDataSet(scale: 0.001));
        records = records with { Cases = [.. records.Cases!, .. records.Cases!.Take(5)], Ratings = [.. records.Ratings!, .. records.Ratings!.Take(7)] };

        InputValidation plain = ReportPipeline.Validate(ReportInput.FromRecords(records), EvaluationPolicy.Henan);
        InputValidation collecting = ReportPipeline.Validate(ReportInput.FromRecords(records), Henan with { ReclaimMemoryBetweenStages = true }, CancellationToken.None);

        Assert.Equal(12, plain.RejectedCount);
        Assert.Equal((plain.Read, plain.AcceptedCount, plain.RejectedCount), (collecting.Read, collecting.AcceptedCount, collecting.RejectedCount));
        Assert.Equal(plain.Rejects.Select(r => (r.Line, r.Code)), collecting.Rejects.Select(r => (r.Line, r.Code)));
        Assert.Equal(plain.Accepted.Ratings!.Select(r => r.Id), collecting.Accepted.Ratings!.Select(r => r.Id));
    }

    [Fact]
    public void Each_stage_is_reported_in_order_as_it_starts()
    {
        var recorder = new Recorder();

        ReportPipeline.Prepare(ReportInput.FromRecords(DemoCommand.Records(new DemoDataSet(scale: 0.0005))), Henan, recorder);

        Assert.Equal([ReportStage.Validating, ReportStage.ApplyingLifecycle, ReportStage.Encoding, ReportStage.Ready], recorder.Stages);
    }

    [Theory]
    [InlineData(ReportStage.Validating)]
    [InlineData(ReportStage.Encoding)]
    [InlineData(ReportStage.Ready)]
    public void A_cancelled_preparation_stops_at_the_next_stage(ReportStage cancelAt)
    {
        using var cancellation = new CancellationTokenSource();
        var recorder = new Recorder(p =>
        {
            if (p.Stage == cancelAt)
            {
                cancellation.Cancel();
            }
        });
        ReportInput input = ReportInput.FromRecords(DemoCommand.Records(new DemoDataSet(scale: 0.0005)));

        Assert.ThrowsAny<OperationCanceledException>(() => ReportPipeline.Prepare(input, Henan, recorder, cancellation.Token));
        Assert.Equal(cancelAt, recorder.Stages[^1]);
    }

    [Fact]
    public void Counting_rows_honours_cancellation()
    {
        PreparedReport report = ReportPipeline.Prepare(ReportInput.FromRecords(DemoCommand.Records(new DemoDataSet(scale: 0.0005))), Henan);

        Assert.ThrowsAny<OperationCanceledException>(() => report.Rows(Grouping.By(GroupingDimension.Unit), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_missing_directory_is_refused_by_name() =>
        Assert.Contains("no-such-exports", Assert.Throws<DirectoryNotFoundException>(() => ReportInput.ReadDirectory("no-such-exports")).Message, StringComparison.Ordinal);
}

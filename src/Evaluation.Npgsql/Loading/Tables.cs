using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.IO.Csv;
using NpgsqlTypes;

namespace Evaluation.Npgsql.Loading;

/// <summary>
/// Each record kind's table and columns (docs/postgres/schema.sql), with the values the CSV format writes: codes as the
/// format's text, instants as <c>timestamptz</c>, levels as <c>smallint</c>, flags as <c>boolean</c>.
/// </summary>
internal static class Tables
{
    private const NpgsqlDbType Text = NpgsqlDbType.Text;
    private const NpgsqlDbType Time = NpgsqlDbType.TimestampTz;

    internal static readonly TableWriter<ServiceUnit> Units = new("units",
    [
        new("unit_code", Text, u => u.Code.Value), new("name", Text, u => u.Name), new("division_code", Text, u => u.DivisionCode?.Value),
        new("parent_code", Text, u => u.ParentCode?.Value), new("level", Text, u => Codes.Of(u.Level)),
    ]);

    internal static readonly TableWriter<Department> Departments = new("departments",
    [
        new("department_code", Text, d => d.Code.Value), new("name", Text, d => d.Name), new("unit_code", Text, d => d.UnitCode.Value),
    ]);

    internal static readonly TableWriter<ServiceWindow> Windows = new("windows",
    [
        new("window_code", Text, w => w.Code.Value), new("name", Text, w => w.Name), new("unit_code", Text, w => w.UnitCode.Value),
        new("department_code", Text, w => w.DepartmentCode?.Value), new("kind", Text, w => Codes.Of(w.Kind)),
    ]);

    internal static readonly TableWriter<Matter> Matters = new("matters",
    [
        new("matter_code", Text, m => m.Code.Value), new("name", Text, m => m.Name), new("department_code", Text, m => m.DepartmentCode.Value),
        new("kind", Text, m => Codes.Of(m.Kind)), new("promised_working_days", NpgsqlDbType.Smallint, m => (short?)m.PromisedWorkingDays),
    ]);

    internal static readonly TableWriter<ServiceCase> Cases = new("cases",
    [
        new("case_no", Text, c => c.Number.Value), new("matter_code", Text, c => c.MatterCode.Value), new("unit_code", Text, c => c.UnitCode.Value),
        new("department_code", Text, c => c.DepartmentCode?.Value), new("window_code", Text, c => c.WindowCode?.Value),
        new("accepted_at", Time, c => TimeOf(c.AcceptedAt)), new("completed_at", Time, c => TimeOf(c.CompletedAt)),
    ]);

    internal static readonly TableWriter<Rating> Ratings = new("ratings",
    [
        new("rating_id", Text, r => r.Id.Value), new("case_no", Text, r => r.CaseNumber?.Value), new("matter_code", Text, r => r.MatterCode?.Value),
        new("unit_code", Text, r => r.UnitCode.Value), new("department_code", Text, r => r.DepartmentCode?.Value), new("window_code", Text, r => r.WindowCode?.Value),
        new("channel", Text, r => r.Channel.ToCode()), new("level", NpgsqlDbType.Smallint, r => (short)r.Level),
        new("origin", Text, r => r.Origin == RatingOrigin.Active ? "active" : "default"), new("real_name", NpgsqlDbType.Boolean, r => r.IsRealName),
        new("rated_at", Time, r => TimeOf(r.RatedAt)), new("tags", Text, r => r.Tags.Length == 0 ? null : string.Join(";", r.Tags.Select(t => t.Code))),
        new("comment", Text, r => r.Comment),
    ]);

    internal static readonly TableWriter<Appeal> Appeals = new("appeals",
    [
        new("appeal_id", Text, a => a.Id.Value), new("rating_id", Text, a => a.RatingId.Value), new("filed_at", Time, a => TimeOf(a.FiledAt)),
        new("decided_at", Time, a => TimeOf(a.DecidedAt)), new("decision", Text, a => Codes.Of(a.Decision)), new("ground", Text, a => Codes.Of(a.Ground)),
    ]);

    internal static readonly TableWriter<RectificationOrder> Rectifications = new("rectifications",
    [
        new("rating_id", Text, r => r.RatingId.Value), new("verified_at", Time, r => TimeOf(r.VerifiedAt)), new("rectified_at", Time, r => TimeOf(r.RectifiedAt)),
        new("feedback_at", Time, r => TimeOf(r.FeedbackAt)), new("outcome", Text, r => Codes.Of(r.Outcome)),
    ]);

    internal static readonly TableWriter<FollowUp> FollowUps = new("follow_ups",
    [
        new("case_no", Text, f => f.CaseNumber.Value), new("visited_at", Time, f => TimeOf(f.VisitedAt)), new("channel", Text, f => Codes.Of(f.Channel)),
        new("satisfied", NpgsqlDbType.Boolean, f => f.Satisfied),
    ]);

    /// <summary>The type of each table's columns, by table name, then column name.</summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, NpgsqlDbType>> Types = new Dictionary<string, IReadOnlyDictionary<string, NpgsqlDbType>>
    {
        [Units.Table] = Units.Types, [Departments.Table] = Departments.Types, [Windows.Table] = Windows.Types, [Matters.Table] = Matters.Types,
        [Cases.Table] = Cases.Types, [Ratings.Table] = Ratings.Types, [Appeals.Table] = Appeals.Types,
        [Rectifications.Table] = Rectifications.Types, [FollowUps.Table] = FollowUps.Types,
    };

    private static System.DateTime? TimeOf(NodaTime.Instant? instant) => instant?.ToDateTimeUtc();
}

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
using UnitColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Catalog.ServiceUnit>;
using DepartmentColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Catalog.Department>;
using WindowColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Catalog.ServiceWindow>;
using MatterColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Catalog.Matter>;
using CaseColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Cases.ServiceCase>;
using RatingColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Ratings.Rating>;
using AppealColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Appeals.Appeal>;
using RectificationColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.Rectification.RectificationOrder>;
using FollowUpColumns = Evaluation.Npgsql.Loading.Columns<Evaluation.Core.FollowUps.FollowUp>;

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
        UnitColumns.Text("unit_code", u => u.Code.Value), UnitColumns.Text("name", u => u.Name), UnitColumns.Text("division_code", u => u.DivisionCode?.Value),
        UnitColumns.Text("parent_code", u => u.ParentCode?.Value), UnitColumns.Text("level", u => Codes.Of(u.Level)),
    ]);

    internal static readonly TableWriter<Department> Departments = new("departments",
    [
        DepartmentColumns.Text("department_code", d => d.Code.Value), DepartmentColumns.Text("name", d => d.Name), DepartmentColumns.Text("unit_code", d => d.UnitCode.Value),
    ]);

    internal static readonly TableWriter<ServiceWindow> Windows = new("windows",
    [
        WindowColumns.Text("window_code", w => w.Code.Value), WindowColumns.Text("name", w => w.Name), WindowColumns.Text("unit_code", w => w.UnitCode.Value),
        WindowColumns.Text("department_code", w => w.DepartmentCode?.Value), WindowColumns.Text("kind", w => Codes.Of(w.Kind)),
    ]);

    internal static readonly TableWriter<Matter> Matters = new("matters",
    [
        MatterColumns.Text("matter_code", m => m.Code.Value), MatterColumns.Text("name", m => m.Name), MatterColumns.Text("department_code", m => m.DepartmentCode.Value),
        MatterColumns.Text("kind", m => Codes.Of(m.Kind)), MatterColumns.Smallint("promised_working_days", m => (short?)m.PromisedWorkingDays),
    ]);

    internal static readonly TableWriter<ServiceCase> Cases = new("cases",
    [
        CaseColumns.Text("case_no", c => c.Number.Value), CaseColumns.Text("matter_code", c => c.MatterCode.Value), CaseColumns.Text("unit_code", c => c.UnitCode.Value),
        CaseColumns.Text("department_code", c => c.DepartmentCode?.Value), CaseColumns.Text("window_code", c => c.WindowCode?.Value),
        CaseColumns.Time("accepted_at", c => c.AcceptedAt), CaseColumns.Time("completed_at", c => c.CompletedAt),
    ]);

    internal static readonly TableWriter<Rating> Ratings = new("ratings",
    [
        RatingColumns.Text("rating_id", r => r.Id.Value), RatingColumns.Text("case_no", r => r.CaseNumber?.Value), RatingColumns.Text("matter_code", r => r.MatterCode?.Value),
        RatingColumns.Text("unit_code", r => r.UnitCode.Value), RatingColumns.Text("department_code", r => r.DepartmentCode?.Value), RatingColumns.Text("window_code", r => r.WindowCode?.Value),
        RatingColumns.Text("channel", r => r.Channel.ToCode()), RatingColumns.Smallint("level", r => (short)r.Level),
        RatingColumns.Text("origin", r => r.Origin == RatingOrigin.Active ? "active" : "default"), RatingColumns.Boolean("real_name", r => r.IsRealName),
        RatingColumns.Time("rated_at", r => r.RatedAt), RatingColumns.Text("tags", r => r.Tags.Length == 0 ? null : string.Join(";", r.Tags.Select(t => t.Code))),
        RatingColumns.Text("comment", r => r.Comment),
    ]);

    internal static readonly TableWriter<Appeal> Appeals = new("appeals",
    [
        AppealColumns.Text("appeal_id", a => a.Id.Value), AppealColumns.Text("rating_id", a => a.RatingId.Value), AppealColumns.Time("filed_at", a => a.FiledAt),
        AppealColumns.Time("decided_at", a => a.DecidedAt), AppealColumns.Text("decision", a => Codes.Of(a.Decision)), AppealColumns.Text("ground", a => Codes.Of(a.Ground)),
    ]);

    internal static readonly TableWriter<RectificationOrder> Rectifications = new("rectifications",
    [
        RectificationColumns.Text("rating_id", r => r.RatingId.Value), RectificationColumns.Time("verified_at", r => r.VerifiedAt), RectificationColumns.Time("rectified_at", r => r.RectifiedAt),
        RectificationColumns.Time("feedback_at", r => r.FeedbackAt), RectificationColumns.Text("outcome", r => Codes.Of(r.Outcome)),
    ]);

    internal static readonly TableWriter<FollowUp> FollowUps = new("follow_ups",
    [
        FollowUpColumns.Text("case_no", f => f.CaseNumber.Value), FollowUpColumns.Time("visited_at", f => f.VisitedAt), FollowUpColumns.Text("channel", f => Codes.Of(f.Channel)),
        FollowUpColumns.Boolean("satisfied", f => f.Satisfied),
    ], keysUnique: false);

    /// <summary>The type of each table's columns, by table name, then column name.</summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, NpgsqlDbType>> Types = new Dictionary<string, IReadOnlyDictionary<string, NpgsqlDbType>>
    {
        [Units.Table] = Units.Types, [Departments.Table] = Departments.Types, [Windows.Table] = Windows.Types, [Matters.Table] = Matters.Types,
        [Cases.Table] = Cases.Types, [Ratings.Table] = Ratings.Types, [Appeals.Table] = Appeals.Types,
        [Rectifications.Table] = Rectifications.Types, [FollowUps.Table] = FollowUps.Types,
    };

}

using System.Collections.Generic;
using Evaluation.IO.Json;

namespace Evaluation.Reporting;

/// <summary>Rows of some units with the units below each rolled in, and their total (合计).</summary>
/// <param name="Rows">One row per unit asked for, in the order asked.</param>
/// <param name="Total">The row of all of them together.</param>
public sealed record UnitSummary(IReadOnlyList<ReportRow> Rows, ReportRow Total);

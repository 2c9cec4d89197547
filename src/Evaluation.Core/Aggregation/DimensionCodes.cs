using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Catalog;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// The codes of the four coded dimensions as a reader has already dictionary-encoded them (字典编码), for
/// <c>RatingBatch.Builder.AddRange(count, codes, ratingAt)</c>:
/// an <see cref="EncodedRating"/> names each code by its position here, counted from 1, and 0 means "none". A reader that
/// keeps one index per distinct code (as columnar readers do) hands its lists over once instead of a code per rating.
/// Codes may repeat; positions holding the same code are the same code.
/// </summary>
public sealed class DimensionCodes
{
    /// <summary>Creates the lists; each is copied.</summary>
    /// <param name="units">The units (服务单位); <see cref="EncodedRating.Unit"/> k names <c>units[k - 1]</c>.</param>
    /// <param name="departments">The departments (部门).</param>
    /// <param name="matters">The matters (事项).</param>
    /// <param name="windows">The windows (窗口).</param>
    /// <exception cref="System.ArgumentNullException">A list is null.</exception>
    /// <exception cref="System.ArgumentException">A list holds a default (unparsed) code.</exception>
    public DimensionCodes(IEnumerable<UnitCode> units, IEnumerable<DepartmentCode> departments, IEnumerable<MatterCode> matters, IEnumerable<WindowCode> windows)
    {
        Units = [.. Preconditions.CheckNotNull(units, nameof(units))];
        Departments = [.. Preconditions.CheckNotNull(departments, nameof(departments))];
        Matters = [.. Preconditions.CheckNotNull(matters, nameof(matters))];
        Windows = [.. Preconditions.CheckNotNull(windows, nameof(windows))];
        Preconditions.CheckArgument(!Units.Contains(default), nameof(units), "must hold parsed codes only");
        Preconditions.CheckArgument(!Departments.Contains(default), nameof(departments), "must hold parsed codes only");
        Preconditions.CheckArgument(!Matters.Contains(default), nameof(matters), "must hold parsed codes only");
        Preconditions.CheckArgument(!Windows.Contains(default), nameof(windows), "must hold parsed codes only");
    }

    /// <summary>The units (服务单位), named from 1.</summary>
    public ImmutableArray<UnitCode> Units { get; }

    /// <summary>The departments (部门), named from 1.</summary>
    public ImmutableArray<DepartmentCode> Departments { get; }

    /// <summary>The matters (事项), named from 1.</summary>
    public ImmutableArray<MatterCode> Matters { get; }

    /// <summary>The windows (窗口), named from 1.</summary>
    public ImmutableArray<WindowCode> Windows { get; }
}

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
internal sealed class DimensionCodes
{
    /// <summary>Creates the lists; each is copied.</summary>
    /// <param name="units">The unit codes (单位代码); <see cref="EncodedRating.Unit"/> k names <c>units[k - 1]</c>.</param>
    /// <param name="departments">The department codes (部门代码).</param>
    /// <param name="matters">The matter codes (事项编码).</param>
    /// <param name="windows">The window codes (窗口编号).</param>
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

    /// <summary>The unit codes (单位代码), named from 1.</summary>
    public ImmutableArray<UnitCode> Units { get; }

    /// <summary>The department codes (部门代码), named from 1.</summary>
    public ImmutableArray<DepartmentCode> Departments { get; }

    /// <summary>The matter codes (事项编码), named from 1.</summary>
    public ImmutableArray<MatterCode> Matters { get; }

    /// <summary>The window codes (窗口编号), named from 1.</summary>
    public ImmutableArray<WindowCode> Windows { get; }
}

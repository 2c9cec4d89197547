using System.Collections.Generic;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;

namespace Evaluation.IO;

/// <summary>Records to write as a data directory, each kind a sequence streamed once; null kinds are not written.</summary>
public sealed record DirectoryRecords
{
    /// <summary>The units.</summary>
    public IEnumerable<ServiceUnit>? Units { get; init; }

    /// <summary>The departments.</summary>
    public IEnumerable<Department>? Departments { get; init; }

    /// <summary>The windows.</summary>
    public IEnumerable<ServiceWindow>? Windows { get; init; }

    /// <summary>The matters.</summary>
    public IEnumerable<Matter>? Matters { get; init; }

    /// <summary>The cases.</summary>
    public IEnumerable<ServiceCase>? Cases { get; init; }

    /// <summary>The ratings.</summary>
    public IEnumerable<Rating>? Ratings { get; init; }

    /// <summary>The appeals.</summary>
    public IEnumerable<Appeal>? Appeals { get; init; }

    /// <summary>The rectifications.</summary>
    public IEnumerable<RectificationOrder>? Rectifications { get; init; }

    /// <summary>The follow-ups.</summary>
    public IEnumerable<FollowUp>? FollowUps { get; init; }
}

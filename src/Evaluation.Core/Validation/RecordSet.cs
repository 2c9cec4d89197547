using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;

namespace Evaluation.Core.Validation;

/// <summary>The records of one batch, each with its source position: what an export holds.</summary>
/// <remarks>Immutable. An empty catalogue (no matters or units) means "not given": references to it are not checked.</remarks>
public sealed record RecordSet
{
    /// <summary>The cases (办件).</summary>
    public ImmutableArray<Sourced<ServiceCase>> Cases { get; init; } = [];

    /// <summary>The ratings (评价).</summary>
    public ImmutableArray<Sourced<Rating>> Ratings { get; init; } = [];

    /// <summary>The appeals (申诉).</summary>
    public ImmutableArray<Sourced<Appeal>> Appeals { get; init; } = [];

    /// <summary>The rectifications (整改).</summary>
    public ImmutableArray<Sourced<RectificationOrder>> Rectifications { get; init; } = [];

    /// <summary>The follow-ups (回访).</summary>
    public ImmutableArray<Sourced<FollowUp>> FollowUps { get; init; } = [];

    /// <summary>The matters of the catalogue (事项目录).</summary>
    public ImmutableArray<Sourced<Matter>> Matters { get; init; } = [];

    /// <summary>The service units.</summary>
    public ImmutableArray<Sourced<ServiceUnit>> Units { get; init; } = [];

    /// <summary>The departments (部门).</summary>
    public ImmutableArray<Sourced<Department>> Departments { get; init; } = [];

    /// <summary>The service windows (窗口).</summary>
    public ImmutableArray<Sourced<ServiceWindow>> Windows { get; init; } = [];

    /// <summary>The number of records of every kind.</summary>
    public long Count => (long)Cases.Length + Ratings.Length + Appeals.Length + Rectifications.Length + FollowUps.Length
        + Matters.Length + Units.Length + Departments.Length + Windows.Length;

    /// <summary>Wraps records that came through the API, without source positions.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records.</param>
    /// <returns>The sourced records.</returns>
    public static ImmutableArray<Sourced<T>> FromApi<T>(IEnumerable<T> records) where T : class
    {
        var builder = ImmutableArray.CreateBuilder<Sourced<T>>();
        foreach (T record in records)
        {
            builder.Add(new Sourced<T>(record));
        }
        return builder.ToImmutable();
    }
}

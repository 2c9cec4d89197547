namespace Evaluation.Core.Validation;

/// <summary>A record with where it came from. A small value: batches hold millions of them without extra objects.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">The record.</param>
/// <param name="Source">Its source position, or null when it came through the API.</param>
public readonly record struct Sourced<T>(T Record, SourcePosition? Source = null) where T : class;

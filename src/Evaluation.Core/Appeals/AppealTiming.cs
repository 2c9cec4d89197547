using Evaluation.Core.Calendars;

namespace Evaluation.Core.Appeals;

/// <summary>Whether an appeal was filed and decided within the policy's limits, at an as-of instant.</summary>
/// <param name="FiledOnTime">Filed within the filing limit counted from the rating.</param>
/// <param name="Filing">The filing deadline.</param>
/// <param name="Decision">The decision deadline, counted from the filing.</param>
/// <param name="DecisionStatus">Decided on time or late, pending, or pending past due.</param>
public sealed record AppealTiming(bool FiledOnTime, Deadline Filing, Deadline Decision, DeadlineStatus DecisionStatus);

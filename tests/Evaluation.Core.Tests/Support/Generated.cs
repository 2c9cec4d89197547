using NodaTime;

namespace Evaluation.Core.Tests.Support;

/// <summary>A date the built-in China calendar covers.</summary>
public sealed record CoveredDate(LocalDate Value);

/// <summary>A small non-negative number of working days (0 to 300).</summary>
public sealed record WorkingDayCount(int Value);

/// <summary>An instant within the built-in calendar's coverage, with room for limits after it.</summary>
public sealed record CoveredInstant(Instant Value);

/// <summary>Text that is a well-formed identifier.</summary>
public sealed record IdentifierText(string Value);

using Evaluation.Core.Calendars;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Calendars;

/// <summary><see cref="DeadlineCalculator.CanCompute"/> answers exactly whether <see cref="DeadlineCalculator.Compute(Instant, TimeLimit)"/> can place a deadline.</summary>
public class CanComputeProperties
{
    private static Gen<TimeLimit> Limits() =>
        from unit in Gen.Choose(0, 3)
        from amount in Gen.Frequency((4, Gen.Choose(0, 30)), (1, Gen.Choose(31, 400)))
        select unit switch
        {
            0 => TimeLimit.WorkingDays(amount),
            1 => TimeLimit.CalendarDays(amount),
            2 => TimeLimit.Hours(amount),
            _ => TimeLimit.WorkingHours(amount),
        };

    [Property(MaxTest = 500)]
    public Property It_answers_whether_the_deadline_can_be_computed()
    {
        // Starts around both ends of the built-in years, where coverage runs out.
        Gen<Instant> starts = Gen.Frequency(
            (1, Gen.Choose(0, 60 * 24).Select(h => Instant.FromUtc(2018, 12, 1, 0, 0) + Duration.FromHours(h))),
            (3, Gen.Choose(0, 90 * 24).Select(h => Instant.FromUtc(2026, 10, 15, 0, 0) + Duration.FromHours(h))));
        return Prop.ForAll(starts.ToArbitrary(), Limits().ToArbitrary(), (start, limit) =>
        {
            bool computed;
            try
            {
                _ = DeadlineCalculator.China.Compute(start, limit);
                computed = true;
            }
            catch (CalendarCoverageException)
            {
                computed = false;
            }
            return (DeadlineCalculator.China.CanCompute(start, limit) == computed).Label($"{limit} from {start}: computed {computed}");
        });
    }
}

using System;
using System.IO;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Docs;

public class ReadmeQuickStartTests
{
    [Fact]
    public void The_quick_start_compiles_runs_and_says_what_it_prints()
    {
        // Same code as README.md's quick start.
        Instant ratedAt = Instant.FromUtc(2023, 9, 28, 7, 0);
        Sentiment sentiment = EvaluationPolicy.National.SentimentOf(RatingLevel.Dissatisfied);   // Sentiment.Bad
        Deadline deadline = DeadlineCalculator.China.Compute(ratedAt, TimeLimit.WorkingDays(3));
        bool onTime = deadline.IsOnTime(Instant.FromUtc(2023, 10, 9, 8, 0));                      // true
        LocalDate due = WorkingCalendar.China.AddWorkingDays(new LocalDate(2023, 9, 28), 3);      // 2023-10-09

        Assert.Equal(Sentiment.Bad, sentiment);
        Assert.True(onTime);
        Assert.Equal(new LocalDate(2023, 10, 9), due);
    }

    [Fact]
    public void The_readme_shows_the_same_code_as_the_test()
    {
        string readme = File.ReadAllText(FindRepositoryFile("README.md"));
        Assert.Contains("Deadline deadline = DeadlineCalculator.China.Compute(ratedAt, TimeLimit.WorkingDays(3));", readme, StringComparison.Ordinal);
        Assert.Contains("LocalDate due = WorkingCalendar.China.AddWorkingDays(new LocalDate(2023, 9, 28), 3);      // 2023-10-09", readme, StringComparison.Ordinal);
        Assert.Contains("Sentiment sentiment = EvaluationPolicy.National.SentimentOf(RatingLevel.Dissatisfied);   // Sentiment.Bad", readme, StringComparison.Ordinal);
    }

    internal static string FindRepositoryFile(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Evaluation.Core.sln")))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{name} was not found above {AppContext.BaseDirectory}.");
    }
}

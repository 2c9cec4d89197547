using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Packs everything the counts depend on into 13 bits: level, origin, channel group, real name, verification,
/// rectification state, void and case link. A batch interns the profiles it meets into dense classes, so the hot
/// loop adds one to one cell per rating and the counts come from the classes afterwards.
/// </summary>
internal static class RatingProfile
{
    internal const int Count = 1 << 13;

    internal static int Pack(RatingLevel level, RatingOrigin origin, RatingChannel channel, bool isRealName, bool isLinkedToCase, RatingFacts facts)
    {
        int channelGroup = channel == RatingChannel.QrStatic ? 2 : channel.IsOnSite() ? 1 : 0;
        return ((int)level - 1)
            | (origin == RatingOrigin.Default ? 1 << 3 : 0)
            | (channelGroup << 4)
            | (isRealName ? 1 << 6 : 0)
            | (facts.IsVerified ? 1 << 7 : 0)
            | ((int)facts.Rectification << 8)
            | (facts.IsVoid ? 1 << 11 : 0)
            | (isLinkedToCase ? 1 << 12 : 0);
    }

    /// <summary>The counts one rating of a profile adds to a tally under a policy.</summary>
    internal static long[] Contribution(int profile, EvaluationPolicy policy)
    {
        var c = new long[RatingTally.CounterCount];
        if ((profile & (1 << 11)) != 0)
        {
            c[(int)TallyCounter.ExcludedByAppeal] = 1;
            return c;
        }
        var level = (RatingLevel)((profile & 7) + 1);
        bool isDefault = (profile & (1 << 3)) != 0;
        int channelGroup = (profile >> 4) & 3;
        bool realName = (profile & (1 << 6)) != 0;
        bool verified = (profile & (1 << 7)) != 0;
        var state = (RectificationState)((profile >> 8) & 7);
        bool linked = (profile & (1 << 12)) != 0;
        Sentiment sentiment = policy.SentimentOf(level);
        bool bad = sentiment == Sentiment.Bad;

        c[(int)TallyCounter.Ratings] = 1;
        c[(int)(isDefault ? TallyCounter.DefaultRatings : TallyCounter.ActiveRatings)] = 1;
        c[(int)(sentiment switch { Sentiment.Good => TallyCounter.Good, Sentiment.Neutral => TallyCounter.Neutral, _ => TallyCounter.Bad })] = 1;
        c[(int)TallyCounter.Level1 + (int)level - 1] = 1;
        c[(int)TallyCounter.ScoreSum] = policy.ScoreOf(level);
        c[(int)TallyCounter.OnSiteRatings] = channelGroup > 0 ? 1 : 0;
        c[(int)TallyCounter.StaticQrRatings] = channelGroup == 2 ? 1 : 0;
        c[(int)TallyCounter.StaticQrGood] = channelGroup == 2 && sentiment == Sentiment.Good ? 1 : 0;
        c[(int)TallyCounter.StaticQrBad] = channelGroup == 2 && bad ? 1 : 0;
        c[(int)TallyCounter.CaseRatings] = linked ? 1 : 0;
        c[(int)TallyCounter.CaseActiveRatings] = linked && !isDefault ? 1 : 0;
        c[(int)TallyCounter.CaseBad] = linked && bad ? 1 : 0;
        c[(int)TallyCounter.RealNameBad] = bad && realName ? 1 : 0;
        c[(int)TallyCounter.RealNameBadVerified] = bad && realName && verified ? 1 : 0;
        c[(int)TallyCounter.BadRectified] = bad && state is RectificationState.DoneOnTime or RectificationState.DoneLate ? 1 : 0;
        c[(int)TallyCounter.BadRectifiedOnTime] = bad && state == RectificationState.DoneOnTime ? 1 : 0;
        c[(int)TallyCounter.BadOverdue] = bad && state == RectificationState.Overdue ? 1 : 0;
        return c;
    }

    internal static bool IsValidCaseRating(int profile) => (profile & ((1 << 11) | (1 << 12))) == 1 << 12;

    internal static bool IsActive(int profile) => (profile & (1 << 3)) == 0;
}

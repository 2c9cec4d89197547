using System;
using System.Collections.Immutable;
using Evaluation.Core.Ratings;

namespace Evaluation.IO.Csv;

internal static partial class FieldParser
{
    /// <summary>
    /// Reads a rating's tags (评价指标, 问题): codes separated by <c>;</c>, white space around each ignored, empty parts
    /// skipped. False when a part is not a well-formed code; <paramref name="malformed"/> is then where it lies.
    /// </summary>
    /// <param name="text">The field.</param>
    /// <param name="intern">Makes each code's string (a reader pools them).</param>
    /// <param name="tags">The tags, in their order.</param>
    /// <param name="malformed">The range of the first part that is not a code, when false.</param>
    internal static bool TryTags(ReadOnlySpan<char> text, Func<ReadOnlySpan<char>, string> intern, out ImmutableArray<RatingTag> tags, out Range malformed)
    {
        ImmutableArray<RatingTag>.Builder found = ImmutableArray.CreateBuilder<RatingTag>();
        malformed = default;
        foreach (Range part in text.Split(';'))
        {
            ReadOnlySpan<char> code = text[part].Trim();
            if (code.IsEmpty)
            {
                continue;
            }
            if (!RatingTag.TryParse(intern(code), out RatingTag tag))
            {
                tags = default;
                malformed = part;
                return false;
            }
            found.Add(tag);
        }
        tags = found.DrainToImmutable();
        return true;
    }
}

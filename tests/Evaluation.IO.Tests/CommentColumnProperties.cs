using System;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A comment column gives back every comment it kept, at the index it handed out (0, keeping nothing, for empty text),
/// across the ends of its blocks and for comments longer than a block; another column appended after it keeps its
/// comments at its indices shifted by the first's count less one.
/// </summary>
public class CommentColumnProperties
{
    private static readonly Gen<string> Comments = Gen.Frequency(
        (2, Gen.Constant(string.Empty)),
        (6, Gen.Elements("好", "办理很快", "态度差,等了很久", "say \"hi\"", "line\nbreak", "😀 很满意").SelectMany(text => Gen.Choose(1, 3).Select(n => string.Concat(Enumerable.Repeat(text, n))))),
        (1, Gen.Choose(100_000, 600_000).Select(n => new string('长', n))));

    [Property(MaxTest = 60)]
    public Property Every_comment_reads_back_at_its_index_alone_and_after_another_column()
    {
        Gen<(string[] Head, string[] Tail)> pairs = from head in Comments.ArrayOf() from tail in Comments.ArrayOf() select (head, tail);
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var column = new CommentColumn();
            var other = new CommentColumn();
            int[] headIndices = [.. pair.Head.Select(text => column.Add(text))];
            int[] tailIndices = [.. pair.Tail.Select(text => other.Add(text))];
            bool alone = pair.Head.Select((text, i) => text.Length == 0 ? headIndices[i] == 0 : column[headIndices[i]] == text).All(ok => ok)
                && column.Count == 1 + pair.Head.Count(text => text.Length > 0) && column[0] is null;
            int shift = column.Count - 1;
            column.AppendAll(other);
            bool appended = pair.Tail.Select((text, i) => text.Length == 0 ? tailIndices[i] == 0 : column[tailIndices[i] + shift] == text).All(ok => ok)
                && pair.Head.Select((text, i) => text.Length == 0 || column[headIndices[i]] == text).All(ok => ok);
            return alone.Label("alone").And(appended.Label("with another appended"));
        });
    }
}

using System;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    public sealed partial class Builder
    {
        /// <summary>
        /// Rows on their way to their units' places in the batch's columns, a few at a time. A part's rows come in file
        /// order, each to one of hundreds of units, and writing each field straight to its unit's place touches hundreds
        /// of places in every column at once, more pages than the processor keeps addresses for. Each unit's next rows
        /// wait instead in a small buffer that stays in the processor's cache, and go to the columns together, a run of
        /// <see cref="Depth"/> rows of each column at a time. The rows keep their order within each unit.
        /// </summary>
        private sealed class UnitStaging
        {
            /// <summary>The rows a unit's buffer holds: 16, a cache line of each column of ints.</summary>
            private const int Depth = 16;

            private readonly int[] next;
            private readonly byte[] waiting;
            private readonly int[] department;
            private readonly int[] matter;
            private readonly int[] window;
            private readonly byte[] channel;
            private readonly ushort[] day;
            private readonly ushort[] profile;
            private readonly RowColumns data;
            private readonly ushort[] profileColumn;

            /// <summary>Stages rows for the columns of <paramref name="data"/> and <paramref name="profileColumn"/>.</summary>
            /// <param name="places">Where each unit's next row goes; this part's own places, advanced as rows go.</param>
            /// <param name="data">The batch's columns (the unit column is not written: each unit's rows lie together).</param>
            /// <param name="profileColumn">The rows' profiles.</param>
            internal UnitStaging(int[] places, RowColumns data, ushort[] profileColumn)
            {
                int units = places.Length;
                next = places;
                waiting = new byte[units];
                department = new int[units * Depth];
                matter = new int[units * Depth];
                window = new int[units * Depth];
                channel = new byte[units * Depth];
                day = new ushort[units * Depth];
                profile = new ushort[units * Depth];
                this.data = data;
                this.profileColumn = profileColumn;
            }

            /// <summary>Adds a row of a unit, after the unit's rows added before it.</summary>
            internal void Add(int unit, int department, int matter, int window, byte channel, ushort day, ushort profile)
            {
                int count = waiting[unit];
                int at = (unit * Depth) + count;
                this.department[at] = department;
                this.matter[at] = matter;
                this.window[at] = window;
                this.channel[at] = channel;
                this.day[at] = day;
                this.profile[at] = profile;
                if (++count == Depth)
                {
                    Write(unit, Depth);
                    count = 0;
                }
                waiting[unit] = (byte)count;
            }

            /// <summary>Writes every unit's waiting rows to the columns.</summary>
            internal void Finish()
            {
                for (int unit = 0; unit < waiting.Length; unit++)
                {
                    Write(unit, waiting[unit]);
                    waiting[unit] = 0;
                }
            }

            private void Write(int unit, int count)
            {
                int from = unit * Depth;
                int to = next[unit];
                department.AsSpan(from, count).CopyTo(data.Department.AsSpan(to, count));
                matter.AsSpan(from, count).CopyTo(data.Matter.AsSpan(to, count));
                window.AsSpan(from, count).CopyTo(data.Window.AsSpan(to, count));
                channel.AsSpan(from, count).CopyTo(data.Channel.AsSpan(to, count));
                day.AsSpan(from, count).CopyTo(data.Day.AsSpan(to, count));
                profile.AsSpan(from, count).CopyTo(profileColumn.AsSpan(to, count));
                next[unit] = to + count;
            }
        }
    }
}

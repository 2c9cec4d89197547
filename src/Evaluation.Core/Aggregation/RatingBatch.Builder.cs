using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Catalog;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    /// <summary>Builds a <see cref="RatingBatch"/> from ratings and their lifecycle facts. Not thread-safe; use one per thread.</summary>
    public sealed partial class Builder
    {
        private readonly EvaluationPolicy policy;
        private readonly DimensionDictionary units = new();
        private readonly DimensionDictionary departments = new();
        private readonly DimensionDictionary matters = new();
        private readonly DimensionDictionary windows = new();
        private readonly ushort[] classOfProfile = new ushort[RatingProfile.Count];
        private int[] profiles = new int[16];
        private int classCount;
        private int[] unit;
        private int[] department;
        private int[] matter;
        private int[] window;
        private byte[] channel;
        private int[] day;
        private ushort[] @class;
        private int count;
        private int minDay = int.MaxValue;
        private int maxDay = int.MinValue;

        /// <summary>Creates a builder.</summary>
        /// <param name="policy">The policy that maps levels to sentiments and scores.</param>
        /// <param name="capacity">
        /// The expected number of ratings added one at a time or from lists. Ratings added in encoded form by a reader
        /// need no room here when nothing else is added: they are written straight to the batch's columns.
        /// </param>
        public Builder(EvaluationPolicy policy, int capacity = 1024)
        {
            this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
            Preconditions.CheckNonNegative(capacity, nameof(capacity));
            capacity = Math.Max(capacity, 16);
            unit = new int[capacity];
            department = new int[capacity];
            matter = new int[capacity];
            window = new int[capacity];
            channel = new byte[capacity];
            day = new int[capacity];
            @class = new ushort[capacity];
        }

        /// <summary>The number of ratings added so far.</summary>
        public int Count => count + pendingCount;

        /// <summary>Whether <see cref="Build"/> may also sort each unit's rows by day; tests turn it off to exercise the unsorted path.</summary>
        internal bool SortByDay { get; set; } = true;

        /// <summary>Adds a valid rating that owes no rectification facts (not void, not verified, nothing owed unless bad and open).</summary>
        /// <param name="rating">The rating.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Rating rating) => Add(rating, RatingFacts.Valid);

        /// <summary>
        /// Adds many ratings at once, encoding them on every processor: each part of the list is encoded with its own
        /// dictionaries, which are then merged and the parts' codes remapped. The batch is the same as adding them one by one.
        /// </summary>
        /// <param name="ratings">The ratings.</param>
        /// <param name="facts">Their facts, one per rating, or null when every rating is valid and owes nothing.</param>
        /// <returns>This builder.</returns>
        public Builder AddRange(IReadOnlyList<Rating> ratings, IReadOnlyList<RatingFacts>? facts = null) => AddRange(ratings, facts, 65536, Environment.ProcessorCount);

        /// <summary>Adds many ratings in up to <paramref name="maxParts"/> parts of at least <paramref name="minimumPart"/> ratings.</summary>
        internal Builder AddRange(IReadOnlyList<Rating> ratings, IReadOnlyList<RatingFacts>? facts, int minimumPart, int maxParts)
        {
            Preconditions.CheckNotNull(ratings, nameof(ratings));
            Preconditions.CheckArgument(facts is null || facts.Count == ratings.Count, nameof(facts), "must hold one entry per rating");
            return AddRange(
                ratings.Count,
                (builder, i) => builder.Add(ratings[i], facts is null ? RatingFacts.Valid : facts[i]),
                minimumPart,
                maxParts,
                (builder, ahead) =>
                {
                    FetchCodeTexts(ratings[ahead]);
                    builder.FetchCodeSlots(ratings[ahead - (FetchDistance / 2)]);
                });
        }

        /// <summary>
        /// How many ratings of a list ahead of the one added their codes' characters are fetched; the slots of their
        /// look-ups are fetched at half the distance, once the characters they are hashed from have arrived.
        /// </summary>
        private const int FetchDistance = 16;

        /// <summary>Starts fetching the characters of a rating's codes (<see cref="DimensionDictionary.FetchText"/>).</summary>
        private static void FetchCodeTexts(Rating rating)
        {
            DimensionDictionary.FetchText(rating.UnitCode.Value);
            DimensionDictionary.FetchText(rating.DepartmentCode?.Value);
            DimensionDictionary.FetchText(rating.MatterCode?.Value);
            DimensionDictionary.FetchText(rating.WindowCode?.Value);
        }

        /// <summary>Starts fetching the slots where a rating's codes will be looked up (<see cref="DimensionDictionary.FetchSlot"/>).</summary>
        private void FetchCodeSlots(Rating rating)
        {
            units.FetchSlot(rating.UnitCode.Value);
            departments.FetchSlot(rating.DepartmentCode?.Value);
            matters.FetchSlot(rating.MatterCode?.Value);
            windows.FetchSlot(rating.WindowCode?.Value);
        }

        /// <summary>
        /// Adds many ratings given by their fields, encoding them on every processor as <see cref="AddRange(IReadOnlyList{Rating}, IReadOnlyList{RatingFacts}?)"/>
        /// does: for readers that hold ratings in a form of their own. <paramref name="ratingAt"/> is called once per index,
        /// from several threads at once. The batch is the same as adding them one by one in index order.
        /// </summary>
        /// <param name="count">The number of ratings.</param>
        /// <param name="ratingAt">The fields and facts of the rating at an index from 0 to <paramref name="count"/> - 1.</param>
        /// <returns>This builder.</returns>
        public Builder AddRange(int count, Func<int, (RatingFields Fields, RatingFacts Facts)> ratingAt) =>
            AddRange(count, ratingAt, 65536, Environment.ProcessorCount);

        /// <summary>Adds many ratings given by their fields in up to <paramref name="maxParts"/> parts of at least <paramref name="minimumPart"/> ratings.</summary>
        internal Builder AddRange(int count, Func<int, (RatingFields Fields, RatingFacts Facts)> ratingAt, int minimumPart, int maxParts)
        {
            Preconditions.CheckNonNegative(count, nameof(count));
            Preconditions.CheckNotNull(ratingAt, nameof(ratingAt));
            return AddRange(count, (builder, i) =>
            {
                (RatingFields fields, RatingFacts facts) = ratingAt(i);
                builder.Add(fields, facts);
            }, minimumPart, maxParts);
        }

        /// <summary>
        /// Adds <paramref name="n"/> ratings, the one at each index by <paramref name="addAt"/>, in parts on every processor;
        /// before each, <paramref name="fetchAhead"/> (when given) is told the index <see cref="FetchDistance"/> further on
        /// in the same part.
        /// </summary>
        private Builder AddRange(int n, Action<Builder, int> addAt, int minimumPart, int maxParts, Action<Builder, int>? fetchAhead = null)
        {
            EncodePending();
            int parts = Math.Min(maxParts, n / Math.Max(1, minimumPart));
            if (parts <= 1)
            {
                AddPart(this, 0, n, addAt, fetchAhead);
                return this;
            }
            EnsureRoom(n);
            int baseRow = count;
            var chunks = new Builder[parts];
            Parallel.For(0, parts, p =>
            {
                int start = (int)((long)n * p / parts);
                int end = (int)((long)n * (p + 1) / parts);
                var chunk = new Builder(policy, 16);
                chunk.unit = unit;
                chunk.department = department;
                chunk.matter = matter;
                chunk.window = window;
                chunk.channel = channel;
                chunk.day = day;
                chunk.@class = @class;
                chunk.count = baseRow + start;
                AddPart(chunk, start, end, addAt, fetchAhead);
                chunks[p] = chunk;
            });
            // Merge the parts' dictionaries into this builder's, in order, then remap each part's codes in parallel.
            var maps = new int[parts][][];
            for (int p = 0; p < parts; p++)
            {
                Builder chunk = chunks[p];
                maps[p] =
                [
                    MapInto(chunk.units, units), MapInto(chunk.departments, departments), MapInto(chunk.matters, matters), MapInto(chunk.windows, windows),
                    [.. Enumerable.Range(0, chunk.classCount).Select(c => InternClass(chunk.profiles[c]) - 1)],
                ];
                minDay = Math.Min(minDay, chunk.minDay);
                maxDay = Math.Max(maxDay, chunk.maxDay);
            }
            Parallel.For(0, parts, p =>
            {
                int start = baseRow + (int)((long)n * p / parts);
                int end = baseRow + (int)((long)n * (p + 1) / parts);
                int[][] map = maps[p];
                for (int i = start; i < end; i++)
                {
                    unit[i] = map[0][unit[i]];
                    department[i] = map[1][department[i]];
                    matter[i] = map[2][matter[i]];
                    window[i] = map[3][window[i]];
                    @class[i] = (ushort)map[4][@class[i]];
                }
            });
            count = baseRow + n;
            return this;
        }

        /// <summary>Adds the ratings at indices <paramref name="start"/> to <paramref name="end"/> - 1 to a builder, fetching ahead when asked.</summary>
        private static void AddPart(Builder builder, int start, int end, Action<Builder, int> addAt, Action<Builder, int>? fetchAhead)
        {
            for (int i = start; i < end; i++)
            {
                if (fetchAhead is not null && i + FetchDistance < end)
                {
                    fetchAhead(builder, i + FetchDistance);
                }
                addAt(builder, i);
            }
        }

        private static int[] MapInto(DimensionDictionary local, DimensionDictionary global)
        {
            var map = new int[local.Count];
            for (int i = 1; i < local.Count; i++)
            {
                map[i] = global.GetOrAdd(local.KeyAt(i));
            }
            return map;
        }

        /// <summary>The 1-based class of a profile, added when new.</summary>
        private int InternClass(int profile)
        {
            int cls = classOfProfile[profile];
            if (cls != 0)
            {
                return cls;
            }
            if (classCount == ushort.MaxValue - 1)
            {
                throw new InvalidOperationException("Too many distinct rating classes.");
            }
            if (classCount == profiles.Length)
            {
                Array.Resize(ref profiles, profiles.Length * 2);
            }
            profiles[classCount] = profile;
            cls = ++classCount;
            classOfProfile[profile] = (ushort)cls;
            return cls;
        }

        /// <summary>Adds a rating with the facts the lifecycle rules decided for it.</summary>
        /// <param name="rating">The rating.</param>
        /// <param name="facts">Its facts at the as-of instant.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Rating rating, RatingFacts facts)
        {
            Preconditions.CheckNotNull(rating, nameof(rating));
            return Append(rating.UnitCode, rating.DepartmentCode, rating.MatterCode, rating.WindowCode, rating.Channel, rating.Level, rating.Origin,
                rating.IsRealName, rating.IsLinkedToCase, rating.RatedAt, facts);
        }

        /// <summary>Adds a rating given by its fields, with the facts the lifecycle rules decided for it.</summary>
        /// <param name="fields">The rating's fields.</param>
        /// <param name="facts">Its facts at the as-of instant.</param>
        /// <returns>This builder.</returns>
        public Builder Add(in RatingFields fields, RatingFacts facts)
        {
            Preconditions.CheckArgument(fields.UnitCode != default, nameof(fields), "must be created by a constructor of RatingFields");
            return Append(fields.UnitCode, fields.DepartmentCode, fields.MatterCode, fields.WindowCode, fields.Channel, fields.Level, fields.Origin,
                fields.IsRealName, fields.IsLinkedToCase, fields.RatedAt, facts);
        }

        private Builder Append(
            UnitCode unitCode, DepartmentCode? departmentCode, MatterCode? matterCode, WindowCode? windowCode, RatingChannel channel,
            RatingLevel level, RatingOrigin origin, bool isRealName, bool isLinkedToCase, Instant ratedAt, RatingFacts facts)
        {
            if (pending.Count > 0)
            {
                EncodePending();
            }
            if (count == unit.Length)
            {
                Grow();
            }
            int cls = InternClass(RatingProfile.Pack(level, origin, channel, isRealName, isLinkedToCase, facts));
            int d = ChinaTime.DayNumberOf(ratedAt);
            unit[count] = units.GetOrAdd(unitCode.Value);
            department[count] = departments.GetOrAdd(departmentCode?.Value);
            matter[count] = matters.GetOrAdd(matterCode?.Value);
            window[count] = windows.GetOrAdd(windowCode?.Value);
            this.channel[count] = (byte)channel;
            day[count] = d;
            @class[count] = (ushort)(cls - 1);
            minDay = Math.Min(minDay, d);
            maxDay = Math.Max(maxDay, d);
            count++;
            return this;
        }

        /// <summary>
        /// Builds the batch. Rows are clustered by unit and, within a unit, ordered by day when the (unit, day) cells number
        /// at most twice the ratings (the order of ratings carries no meaning: every aggregate is independent of it), so
        /// that aggregations by unit read each unit's ratings together and each day's ratings share their period.
        /// The builder must not be used afterwards.
        /// </summary>
        /// <returns>The batch.</returns>
        public RatingBatch Build()
        {
            if (count == 0 && pending.Count > 0 && BuildInUnitOrder() is RatingBatch inOrder)
            {
                return inOrder;
            }
            EncodePending();
            (int firstDay, int cellsPerUnit) = Order(count);
            // Rows are ordered by unit and, where the (unit, day) cells are few enough to count in memory proportional to
            // the batch, by day within the unit: a counting sort whose prefix sums are the runs' starts.
            var starts = new int[(units.Count * cellsPerUnit) + 1];
            for (int i = 0; i < count; i++)
            {
                starts[CellOf(i, cellsPerUnit, firstDay) + 1]++;
            }
            for (int c = 1; c < starts.Length; c++)
            {
                starts[c] += starts[c - 1];
            }
            // Where each row goes: rows are read in order and written to one sequential stream per cell.
            int[] next = starts[..^1];
            var destination = new int[count];
            for (int i = 0; i < count; i++)
            {
                destination[i] = next[CellOf(i, cellsPerUnit, firstDay)]++;
            }
            int[] unitColumn = new int[count], departmentColumn = new int[count], matterColumn = new int[count], windowColumn = new int[count];
            byte[] channelColumn = new byte[count];
            ushort[] dayColumn = new ushort[count];
            byte[]? smallClass = classCount <= 256 ? new byte[count] : null;
            ushort[]? wideClass = classCount <= 256 ? null : new ushort[count];
            Parallel.Invoke(
                () => Scatter(unit, destination, unitColumn),
                () => Scatter(department, destination, departmentColumn),
                () => Scatter(matter, destination, matterColumn),
                () => Scatter(window, destination, windowColumn),
                () => Scatter(channel, destination, channelColumn),
                () =>
                {
                    for (int i = 0; i < count; i++)
                    {
                        dayColumn[destination[i]] = (ushort)(day[i] - firstDay);
                    }
                },
                () =>
                {
                    for (int i = 0; i < count; i++)
                    {
                        if (smallClass is not null)
                        {
                            smallClass[destination[i]] = (byte)@class[i];
                        }
                        else
                        {
                            wideClass![destination[i]] = @class[i];
                        }
                    }
                });
            return Batch(count, starts, cellsPerUnit, new RowColumns(unitColumn, departmentColumn, matterColumn, windowColumn, channelColumn, dayColumn, smallClass, wideClass), profiles[..classCount]);
        }

        /// <summary>
        /// The batch's first day and the cells its rows are ordered by within a unit: each day of the span when the
        /// (unit, day) cells number at most twice the rows (or 65,536), else one.
        /// </summary>
        /// <exception cref="InvalidOperationException">The ratings span more days than a batch can hold.</exception>
        private (int FirstDay, int CellsPerUnit) Order(int rows)
        {
            if (rows > 0 && maxDay - minDay > ushort.MaxValue)
            {
                throw new InvalidOperationException($"A batch spans at most {ushort.MaxValue} days (about 179 years); this one spans {maxDay - minDay}. Split it by period.");
            }
            int span = rows == 0 ? 1 : maxDay - minDay + 1;
            bool byDay = SortByDay && (long)units.Count * span <= Math.Max(1L << 16, Math.Min(2L * rows, 1L << 28));
            return (rows == 0 ? 0 : minDay, byDay ? span : 1);
        }

        /// <summary>The batch over columns in their final order, whose cells start at <paramref name="starts"/>.</summary>
        private RatingBatch Batch(int rows, int[] starts, int cellsPerUnit, RowColumns data, int[] classProfiles)
        {
            var unitStarts = new int[units.Count + 1];
            for (int u = 0; u <= units.Count; u++)
            {
                unitStarts[u] = starts[u * cellsPerUnit];
            }
            var columns = new Columns
            {
                Policy = policy,
                Unit = data.Unit,
                Department = data.Department,
                Matter = data.Matter,
                Window = data.Window,
                Channel = data.Channel,
                Day = data.Day,
                SmallClass = data.SmallClass,
                WideClass = data.WideClass,
                UnitStarts = unitStarts,
                DayRunStarts = cellsPerUnit > 1 ? starts : null,
                ClassProfiles = classProfiles,
                ClassContributions = [.. classProfiles.Select(p => RatingProfile.Contribution(p, policy))],
                Units = units,
                Departments = departments,
                Matters = matters,
                Windows = windows,
                MinDay = rows == 0 ? 0 : minDay,
                MaxDay = rows == 0 ? 0 : maxDay,
            };
            return new RatingBatch(columns, 0, rows);
        }

        /// <summary>The columns of a batch's rows in their final order.</summary>
        private sealed record RowColumns(int[] Unit, int[] Department, int[] Matter, int[] Window, byte[] Channel, ushort[] Day, byte[]? SmallClass, ushort[]? WideClass);

        private int CellOf(int row, int cellsPerUnit, int firstDay) =>
            cellsPerUnit == 1 ? unit[row] : (unit[row] * cellsPerUnit) + (day[row] - firstDay);

        private static void Scatter<T>(T[] source, int[] destination, T[] target)
        {
            for (int i = 0; i < destination.Length; i++)
            {
                target[destination[i]] = source[i];
            }
        }

        private void Grow() => Resize(checked(Math.Min(Array.MaxLength, unit.Length * 2)));

        /// <summary>Makes room for <paramref name="rows"/> more rows, at least doubling the columns when they grow.</summary>
        private void EnsureRoom(int rows)
        {
            if (unit.Length - count < rows)
            {
                Resize(Math.Max(checked(count + rows), (int)Math.Min(Array.MaxLength, 2L * unit.Length)));
            }
        }

        private void Resize(int size)
        {
            Array.Resize(ref unit, size);
            Array.Resize(ref department, size);
            Array.Resize(ref matter, size);
            Array.Resize(ref window, size);
            Array.Resize(ref channel, size);
            Array.Resize(ref day, size);
            Array.Resize(ref @class, size);
        }
    }
}

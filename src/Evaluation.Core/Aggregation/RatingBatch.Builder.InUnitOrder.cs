using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    public sealed partial class Builder
    {
        /// <summary>
        /// The most counts (ints) the parts may keep to write encoded ratings straight into the batch's order, or null for
        /// the default (the rows, or 65,536 if more); tests set 0 to exercise the path that orders the rows afterwards.
        /// </summary>
        internal long? InUnitOrderBudget { get; set; }

        /// <summary>
        /// Builds the batch from ratings added in encoded form only, writing each rating straight to its unit's rows: the
        /// parts counted their ratings by unit when they were checked, which gives every part its own place in every unit,
        /// and each part then encodes its ratings into those places, a few rows of a unit at a time (see
        /// <see cref="UnitStaging"/>). Each unit's rows are then put in order of day within the unit, in the processor's cache. The
        /// rows come in the order <see cref="Build"/> gives ratings added one by one (both sorts are stable), without the
        /// columns in added order or the passes that move them. Null when the parts' counts would take more memory than
        /// a column of the batch.
        /// </summary>
        private RatingBatch? BuildInUnitOrder()
        {
            int rows = pendingCount;
            (int firstDay, int cellsPerUnit) = Order(rows);
            int unitCount = units.Count;
            var parts = new List<(EncodedSource Source, int Part)>();
            foreach (EncodedSource source in pending)
            {
                for (int p = 0; p < source.Parts; p++)
                {
                    parts.Add((source, p));
                }
            }
            if ((long)unitCount * parts.Count > (InUnitOrderBudget ?? Math.Max(rows, 1 << 16)))
            {
                return null;
            }

            // Each unit's rows start where the previous unit's end; within a unit, each part's follow the previous part's.
            var unitStarts = new int[unitCount + 1];
            var places = new int[parts.Count][];
            for (int j = 0; j < parts.Count; j++)
            {
                places[j] = new int[unitCount];
            }
            for (int u = 0; u < unitCount; u++)
            {
                int next = unitStarts[u];
                for (int j = 0; j < parts.Count; j++)
                {
                    int[] counts = parts[j].Source.UnitCounts[parts[j].Part];
                    places[j][u] = next;
                    next += u < counts.Length ? counts[u] : 0;
                }
                unitStarts[u + 1] = next;
            }

            var data = new RowColumns(new int[rows], new int[rows], new int[rows], new int[rows], new byte[rows], new ushort[rows], null, null);
            var profileColumn = new ushort[rows];
            var met = new bool[parts.Count][];
            EncodedSource.ForEachPart(parts.Count, j =>
            {
                (EncodedSource source, int p) = parts[j];
                met[j] = source.StagePart(p, new UnitStaging(places[j], data, profileColumn), firstDay);
            });
            for (int u = 0; u < unitCount; u++)
            {
                data.Unit.AsSpan(unitStarts[u], unitStarts[u + 1] - unitStarts[u]).Fill(u);
            }
            ProfileClasses classes = ProfileClasses.Of(met, rows);
            if (cellsPerUnit == 1)
            {
                classes.AssignAll(profileColumn);
                return Batch(rows, unitStarts, 1, classes.In(data), classes.Profiles);
            }
            int[] starts = UnitDaySort.Sort(data, profileColumn, classes, unitStarts, cellsPerUnit);
            return Batch(rows, starts, cellsPerUnit, classes.In(data), classes.Profiles);
        }
    }
}

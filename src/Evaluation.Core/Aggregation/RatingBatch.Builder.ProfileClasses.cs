using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    public sealed partial class Builder
    {
        /// <summary>
        /// The classes of a batch whose rows were written with their profiles: the profiles met take classes in the order
        /// of their values, kept one byte each when there are at most 256, else two.
        /// </summary>
        private sealed class ProfileClasses
        {
            private readonly ushort[] classOf;
            private readonly byte[]? small;
            private readonly ushort[]? wide;

            private ProfileClasses(ushort[] classOf, int[] profiles, int rows)
            {
                this.classOf = classOf;
                Profiles = profiles;
                small = profiles.Length <= 256 ? new byte[rows] : null;
                wide = small is null ? new ushort[rows] : null;
            }

            /// <summary>The profile of each class.</summary>
            internal int[] Profiles { get; }

            /// <summary>The classes of the profiles some part met (each part's flags by profile).</summary>
            internal static ProfileClasses Of(bool[][] met, int rows)
            {
                var classOf = new ushort[RatingProfile.Count];
                var profiles = new List<int>();
                for (int profile = 0; profile < RatingProfile.Count; profile++)
                {
                    if (Array.Exists(met, seen => seen[profile]))
                    {
                        classOf[profile] = (ushort)profiles.Count;
                        profiles.Add(profile);
                    }
                }
                return new ProfileClasses(classOf, [.. profiles], rows);
            }

            /// <summary>Gives the row at <paramref name="row"/> the class of <paramref name="profile"/>.</summary>
            internal void Set(int row, ushort profile)
            {
                if (small is not null)
                {
                    small[row] = (byte)classOf[profile];
                }
                else
                {
                    wide![row] = classOf[profile];
                }
            }

            /// <summary>Gives rows <paramref name="from"/> to <paramref name="to"/> - 1 the classes of their profiles, in place.</summary>
            internal void Assign(ushort[] profileColumn, int from, int to)
            {
                for (int row = from; row < to; row++)
                {
                    Set(row, profileColumn[row]);
                }
            }

            /// <summary>Gives every row the class of its profile, on every processor.</summary>
            internal void AssignAll(ushort[] profileColumn)
            {
                int rows = profileColumn.Length;
                int parts = Math.Clamp(rows >> 20, 1, Environment.ProcessorCount);
                Parallel.For(0, parts, p => Assign(profileColumn, (int)((long)rows * p / parts), (int)((long)rows * (p + 1) / parts)));
            }

            /// <summary>The columns with these classes.</summary>
            internal RowColumns In(RowColumns data) => data with { SmallClass = small, WideClass = wide };
        }
    }
}

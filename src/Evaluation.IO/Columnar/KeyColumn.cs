using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Evaluation.Core.Utility;

namespace Evaluation.IO.Columnar;

/// <summary>
/// One key per row of a table (a record identifier, or none), kept as ASCII bytes in one arena: millions of
/// identifiers without a string object each, in half the memory of characters (identifiers are ASCII by their
/// syntax, checked before a key is added). Keys are matched in bulk, after reading, by partitioning the rows on
/// their 64-bit hashes, so that each partition's table fits in the processor's cache, on every processor: the top
/// 4 to 10 bits choose the partition (more for more keys), and the low 32 bits are kept beside each row to match keys
/// within it (36 to 42 bits in all). Matching hashes are confirmed by comparing the text, so the outcome is exact.
/// Keys that arrive in order, as the identifiers of exports numbered in order do, are matched in order instead,
/// without partitions (<see cref="IsAscending"/>). A column whose first key is a GUID holds GUIDs of that case packed in 16 bytes
/// (<see cref="GuidKey"/>) for as long as its keys are all such GUIDs (or none), and their text from the first that is not.
/// The arena lies outside the collected heap (<see cref="NativeBytes"/>), so that releasing the keys gives their
/// hundreds of megabytes back to the system at once, lowering the peak of what follows.
/// </summary>
internal sealed partial class KeyColumn
{
    /// <summary>The fewest and the most bits of a hash that choose a key's partition.</summary>
    private const int FewestPartitionBits = 4, MostPartitionBits = 10;

    private NativeBytes arena = new(1 << 20); // outside the collected heap: released at once with the keys (see Release)
    private int used;
    private int[]? ends; // each row's end in the arena; none while every key has had one length (the width)
    private int width = -1;
    private int reservedRows;
    private KeyPartitions? partitions;
    private FirstRows? firstOccurrences;
    private bool released;
    private ulong[]? hadKey; // once released with rows of several lengths: which rows had a key (a bit a row)
    private KeyForm form; // how the bytes hold the keys: text, until the first key chosen otherwise

    /// <summary>The number of rows.</summary>
    internal int Count { get; private set; }

    /// <summary>The bytes a key is given room for before any is added: an identifier of twenty characters.</summary>
    private const int FirstBytesPerKey = 20;

    /// <summary>
    /// Makes room for a number of rows of keys as long as those added so far (a byte more each), or of
    /// <see cref="FirstBytesPerKey"/> before any, so that growing copies nothing.
    /// </summary>
    internal void Reserve(int rows) => Reserve(rows, Count == 0 ? FirstBytesPerKey : (int)(used / Count) + 1);

    /// <summary>Makes room for a number of rows of keys of a typical length, so that growing copies nothing.</summary>
    internal void Reserve(int rows, int bytesPerKey)
    {
        reservedRows = Math.Max(reservedRows, rows);
        if (ends is not null && rows > ends.Length)
        {
            ends = Moved(ends, Count, rows);
        }
        if ((long)rows * bytesPerKey > arena.Length)
        {
            arena.Resize((int)Math.Min(Array.MaxLength, (long)rows * bytesPerKey));
        }
    }

    /// <summary>An array's first items in a new, longer array: the room beyond them is not copied (nor its pages touched).</summary>
    private static T[] Moved<T>(T[] items, int count, int length)
    {
        T[] longer = new T[length];
        items.AsSpan(0, count).CopyTo(longer);
        return longer;
    }

    /// <summary>Appends a row's key, a well-formed identifier (ASCII); empty text is no key.</summary>
    /// <exception cref="ArgumentException">The key is not ASCII.</exception>
    internal void Add(ReadOnlySpan<char> key)
    {
        CheckKept();
        CheckUnmatched();
        if ((form != KeyForm.Text || used == 0) && TryAddPacked(key))
        {
            return;
        }
        if (form == KeyForm.Text && unchecked((uint)(key.Length - 8)) <= ShortText.MaxLength - 8 && ShortText.TryPack(key, out ShortText packed))
        {
            AddShort(key.Length, packed);
            return;
        }
        Span<byte> bytes = Room(key.Length);
        if (System.Text.Ascii.FromUtf16(key, bytes, out _) != System.Buffers.OperationStatus.Done)
        {
            throw new ArgumentException("A key must be an ASCII identifier.", nameof(key));
        }
        Added(bytes);
    }

    /// <summary>
    /// Appends a text key of 8 to 16 ASCII characters, the length of nearly every case number and rating identifier,
    /// from its packing in two words: its first 8 bytes and its last 8 (which overlap when it is shorter than 16) are
    /// written in two stores and compared with the key before in registers (<see cref="NoteOrder(int, int, ulong, ulong)"/>).
    /// Narrowed byte by byte and read back whole, as other keys are, its bytes waited on the stores just made.
    /// </summary>
    private void AddShort(int length, ShortText packed)
    {
        ulong head = packed.Low & ShortText.CharacterBits;
        Span<byte> bytes = Room(length);
        Unsafe.WriteUnaligned(ref bytes[0], head);
        Unsafe.WriteUnaligned(ref bytes[length - 8], packed.High);
        used += length;
        if (ends is not null)
        {
            ends[Count] = used;
        }
        NoteOrder(Count, length, BinaryPrimitives.ReverseEndianness(head), BinaryPrimitives.ReverseEndianness(packed.High));
        Count++;
    }

    /// <summary>
    /// Appends a key packed, when the column holds GUIDs (its first key chooses) and this is one of their case, or
    /// returns false, the column then holding text from now on if it held GUIDs.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryAddPacked(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return false;
        }
        if (used == 0 && form == KeyForm.Text)
        {
            form = GuidKey.FormOf(key);
        }
        if (form == KeyForm.Text)
        {
            return false;
        }
        // Packed where the row's key goes: a text that is not a GUID leaves nothing counted there.
        Span<byte> bytes = Room(GuidKey.PackedLength);
        if (!GuidKey.TryPack(key, form, bytes))
        {
            ToText();
            return false;
        }
        Added(bytes);
        return true;
    }

    /// <summary>The arena's room for the next row's key of a length, its end noted where the rows' ends are kept.</summary>
    private Span<byte> Room(int length)
    {
        if (ends is null && (Count == 0 || length == width))
        {
            width = length;
        }
        else
        {
            ends ??= EndsOfWidth();
            if (Count == ends.Length)
            {
                ends = Moved(ends, Count, (int)Math.Min(Array.MaxLength, ends.Length * 2L));
            }
        }
        if (used + length > arena.Length)
        {
            arena.Resize((int)Math.Min(Array.MaxLength, Math.Max(arena.Length * 2L, used + length)));
        }
        arena.WillWrite(used + length);
        return arena.Span.Slice(used, length);
    }

    /// <summary>Counts the row whose key was just written into its <see cref="Room"/>.</summary>
    private void Added(ReadOnlySpan<byte> bytes)
    {
        used += bytes.Length;
        if (ends is not null)
        {
            ends[Count] = used;
        }
        NoteOrder(Count, bytes);
        Count++;
    }

    /// <summary>Appends another column's keys, row for row, after this column's.</summary>
    internal void AppendAll(KeyColumn other)
    {
        CheckUnmatched();
        AlignWith(other);
        NoteOrderOfAppended(other);
        if (ends is null && other.ends is null && (Count == 0 || other.Count == 0 || width == other.width))
        {
            width = Count == 0 ? other.width : width;
        }
        else
        {
            ends ??= EndsOfWidth();
        }
        Reserve(Count + other.Count, 0);
        if (used + other.used > arena.Length)
        {
            arena.Resize(used + other.used);
        }
        other.arena.Span[..other.used].CopyTo(arena.Span[used..]);
        for (int row = 0; ends is not null && row < other.Count; row++)
        {
            ends[Count + row] = used + other.EndOf(row);
        }
        used += other.used;
        Count += other.Count;
    }

    /// <summary>
    /// Makes two columns hold their keys in one form, so that their bytes compare as their keys do: a column of packed
    /// GUIDs beside one of another form takes its keys' text. Not safe while another thread reads either column.
    /// </summary>
    internal void AlignWith(KeyColumn other)
    {
        CheckKept();
        other.CheckKept();
        if (form == other.form)
        {
            return;
        }
        // A column without a key's bytes takes the other's form as it is.
        if (used == 0)
        {
            form = other.form;
            return;
        }
        if (other.used == 0)
        {
            other.form = form;
            return;
        }
        ToText();
        other.ToText();
    }

    /// <summary>
    /// Holds the keys as their text from now on, when they were packed GUIDs: their matches among themselves hold (the
    /// packing is one to one) and so does their order (it keeps the text's), but their partitions, made of the packed
    /// bytes' hashes, are made again when next needed.
    /// </summary>
    private void ToText()
    {
        if (form == KeyForm.Text)
        {
            return;
        }
        long room = Math.Max((long)used / GuidKey.PackedLength * GuidKey.TextLength, (long)reservedRows * (GuidKey.TextLength + 1));
        var text = new NativeBytes((int)Math.Min(Array.MaxLength, Math.Max(room, 1 << 10)));
        int written = 0, start = 0;
        for (int row = 0; row < Count; row++)
        {
            // A row's old end is read before its new end is written over it.
            int end = EndOf(row);
            if (end > start)
            {
                GuidKey.Unpack(arena.Span.Slice(start, end - start), form, text.Span.Slice(written, GuidKey.TextLength));
                written += GuidKey.TextLength;
            }
            if (ends is not null)
            {
                ends[row] = written;
            }
            start = end;
        }
        arena.Release();
        arena = text;
        used = written;
        width = ends is null && written > 0 ? GuidKey.TextLength : width;
        partitions = null;
        form = KeyForm.Text;
    }

    /// <summary>Refuses a change once the keys have been matched or partitioned: the matches would no longer hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckUnmatched()
    {
        if (firstOccurrences is not null || partitions is not null)
        {
            ThrowMatched();
        }
    }

    /// <summary>Refuses a change to a matched column (out of line, so that the checks of every row stay small enough to inline).</summary>
    [DoesNotReturn]
    private static void ThrowMatched() => throw new InvalidOperationException("A key column cannot change once its keys have been matched.");

    /// <summary>The key of a row as text; empty when the row has none.</summary>
    internal string TextAt(int row)
    {
        ReadOnlySpan<byte> bytes = At(row);
        if (form == KeyForm.Text || bytes.IsEmpty)
        {
            return System.Text.Encoding.ASCII.GetString(bytes);
        }
        Span<byte> text = stackalloc byte[GuidKey.TextLength];
        GuidKey.Unpack(bytes, form, text);
        return System.Text.Encoding.ASCII.GetString(text);
    }

    /// <summary>A key's bytes as this column holds them, or null when no key of this column could be that text.</summary>
    private byte[]? BytesOf(string key)
    {
        if (form == KeyForm.Text)
        {
            return System.Text.Encoding.ASCII.GetBytes(key);
        }
        byte[] packed = new byte[GuidKey.PackedLength];
        return GuidKey.TryPack(key, form, packed) ? packed : null;
    }

    /// <summary>The key of a row as bytes; empty when the row has none.</summary>
    /// <exception cref="InvalidOperationException">The keys were released (<see cref="Release"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<byte> At(int row)
    {
        CheckKept();
        if (ends is null)
        {
            return arena.Span.Slice(row * width, width);
        }
        int start = row == 0 ? 0 : ends[row - 1];
        return arena.Span.Slice(start, ends[row] - start);
    }

    /// <summary>Whether a row has a key, which is still known once the keys are released.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Has(int row)
    {
        if (released)
        {
            return hadKey is null ? width > 0 : (hadKey[row >> 6] & (1UL << row)) != 0;
        }
        return ends is null ? width > 0 : ends[row] != (row == 0 ? 0 : ends[row - 1]);
    }

    /// <summary>
    /// Lets every key go (their bytes, ends, partitions and first occurrences): once a report is prepared, only its
    /// records need them. The column keeps its count and which rows had a key (<see cref="Has"/>); reading or adding a
    /// key afterwards is refused.
    /// </summary>
    internal void Release()
    {
        if (released)
        {
            return;
        }
        if (ends is not null)
        {
            hadKey = new ulong[(Count + 63) >> 6];
            for (int row = 0; row < Count; row++)
            {
                hadKey[row >> 6] |= (ends[row] != (row == 0 ? 0 : ends[row - 1]) ? 1UL : 0UL) << row;
            }
        }
        arena.Release();
        ends = null;
        partitions = null;
        firstOccurrences = null;
        released = true;
    }

    /// <summary>Whether the keys were released (<see cref="Release"/>).</summary>
    internal bool IsReleased => released;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckKept()
    {
        if (released)
        {
            ThrowReleased();
        }
    }

    /// <summary>Refuses to read or add a key once the keys are released (out of line, as <see cref="ThrowMatched"/>).</summary>
    [DoesNotReturn]
    private static void ThrowReleased() =>
        throw new InvalidOperationException("The keys of this table were released once its report was prepared (ReportOptions.ReleaseRecords): its records can no longer be made.");

    /// <summary>Where a row's key ends in the arena.</summary>
    private int EndOf(int row) => ends is null ? (row + 1) * width : ends[row];

    /// <summary>
    /// The rows' ends, made when a key of another length than the rows' before it comes (until then each row's end
    /// follows from the width: 4 bytes a row saved on identifiers of one length, as exports' usually are).
    /// </summary>
    private int[] EndsOfWidth()
    {
        int[] made = new int[Math.Max(16, Math.Max(reservedRows, Count * 2))];
        for (int row = 0; row < Count; row++)
        {
            made[row] = (row + 1) * width;
        }
        return made;
    }

    /// <summary>For each row, the first row (in row order) with the same key; -1 for rows without a key.</summary>
    /// <remarks>
    /// Computed once and kept (no key may be added afterwards); nothing to compute when no key repeats in order
    /// (<see cref="IsStrictlyAscending"/>).
    /// </remarks>
    internal FirstRows FirstOccurrences() =>
        firstOccurrences ??= IsStrictlyAscending ? FirstRows.Of(this, [])
            : IsAscending ? FirstRowsInOrder()
            : FindFirstOccurrences(partitions ?? KeyPartitions.Of(this, PartitionBits()));

    /// <summary>
    /// Matches the keys among themselves now (<see cref="FirstOccurrences"/>) and, unless they are in order (which
    /// needs none), keeps their partitions, for <see cref="FindIn"/> against this column and <see cref="FindAll"/> in
    /// it, until <see cref="ReleasePartitions"/>: work a reader can do while another file is still read.
    /// </summary>
    internal void Prepare()
    {
        if (!IsAscending)
        {
            partitions ??= KeyPartitions.Of(this, PartitionBits());
        }
        FirstOccurrences();
    }

    /// <summary>Lets the partitions <see cref="Prepare"/> kept go: 8 bytes a key.</summary>
    internal void ReleasePartitions() => partitions = null;

    /// <summary>Lets the first occurrences go once read (<see cref="FirstOccurrences"/> finds them again if asked).</summary>
    internal void ReleaseFirstOccurrences() => firstOccurrences = null;

    /// <summary>
    /// The rows repeating an earlier row's key, found partition by partition on every processor, each partition's rows
    /// in ascending order.
    /// </summary>
    private FirstRows FindFirstOccurrences(KeyPartitions partitioned)
    {
        var repeats = new List<(int Row, int First)>();
        ForEachPartition(partitioned, (p, table, mask) =>
        {
            // One pass in ascending row order: a row whose key is in the table repeats it; text is compared only
            // when the hashes are equal, which is almost only for repeated keys.
            List<(int, int)>? found = null;
            for (int piece = 0; piece < partitioned.Pieces; piece++)
            {
                foreach (KeyEntry entry in partitioned.Piece(p, piece))
                {
                    int first = Keep(table, mask, entry);
                    if (first != entry.Row)
                    {
                        (found ??= []).Add((entry.Row, first));
                    }
                }
            }
            if (found is not null)
            {
                lock (repeats)
                {
                    repeats.AddRange(found);
                }
            }
        });
        return FirstRows.Of(this, repeats);
    }

    /// <summary>
    /// For each row, the first row of <paramref name="other"/> with the same key, or -1. Rows are matched on their hashes
    /// partition by partition, then each match is confirmed by its text in row order (a cheap pass when both columns run
    /// in a similar order, as exports do); a match the text denies, a hash collision, is looked up by its text.
    /// </summary>
    /// <param name="other">The column whose rows are found.</param>
    /// <param name="foundOnce">
    /// True when no two rows of this column share a key found in <paramref name="other"/>. For keys in order, true when
    /// this column's keys never repeat; otherwise each row that finds a row already found is looked for among the others
    /// (false without a look when hundreds do).
    /// </param>
    internal int[] FindIn(KeyColumn other, out bool foundOnce)
    {
        AlignWith(other);
        if (IsAscending && other.IsAscending)
        {
            foundOnce = IsStrictlyAscending;
            return FindInOrder(other);
        }
        if (HashMask != other.HashMask)
        {
            throw new InvalidOperationException("Two key columns are matched only when their keys' hashes are taken alike.");
        }
        KeyPartitions built = other.partitions ?? KeyPartitions.Of(other, other.PartitionBits());
        KeyPartitions probed = KeyPartitions.Of(this, built.Bits);
        int[] found = new int[Count];
        PagePopulation.Populate(found, 0, Count);
        Array.Fill(found, -1);
        // The rows that found a row already found: those that share a key with an earlier row, and a few that share
        // only a hash. Past a limit, they are not kept, and rows are taken to share keys.
        var again = new List<int>();
        ForEachPartition(built, (p, table, mask) =>
        {
            for (int piece = 0; piece < built.Pieces; piece++)
            {
                foreach (KeyEntry entry in built.Piece(p, piece))
                {
                    other.Keep(table, mask, entry);
                }
            }
            List<int>? foundAgain = null;
            for (int piece = 0; piece < probed.Pieces; piece++)
            {
                foreach (KeyEntry key in probed.Piece(p, piece))
                {
                    for (int slot = (int)(key.Hash & (uint)mask); table[slot].Row != 0; slot = (slot + 1) & mask)
                    {
                        if (table[slot].Hash == key.Hash)
                        {
                            // A slot's row is marked (its sign bit) once found: found again, two rows share its hash.
                            KeyEntry match = table[slot];
                            if (match.Row < 0)
                            {
                                (foundAgain ??= []).Add(key.Row);
                            }
                            found[key.Row] = (match.Row & int.MaxValue) - 1;
                            table[slot] = match with { Row = match.Row | int.MinValue };
                            break;
                        }
                    }
                }
            }
            if (foundAgain is not null)
            {
                lock (again)
                {
                    again.AddRange(foundAgain.Take(MostFoundAgain + 1 - again.Count));
                }
            }
        });
        List<int> denied = Denied(other, found);
        if (denied.Count > 0)
        {
            Dictionary<string, int> exact = other.FindAll(denied.Select(TextAt));
            foreach (int row in denied)
            {
                found[row] = exact.TryGetValue(TextAt(row), out int match) ? match : -1;
            }
        }
        foundOnce = again.Count <= MostFoundAgain && !again.Any(row => found[row] >= 0 && SharesKey(probed, row));
        return found;
    }

    /// <summary>
    /// The most rows found again (<see cref="FindIn"/>) whose keys are looked for among the others': each look is a pass
    /// over its partition (about 40,000 keys), so that all of them cost about one pass over ten million keys. Past it,
    /// rows are taken to share keys (as ratings of one case do, by the million); below it fall the rows that only share
    /// a hash's 36 to 42 bits with another's key (some 45 among ten million keys, some 180 among forty million).
    /// </summary>
    private const int MostFoundAgain = 256;

    /// <summary>Whether another row holds a row's key, looked for in the row's partition.</summary>
    private bool SharesKey(KeyPartitions partitioned, int row)
    {
        ReadOnlySpan<byte> key = At(row);
        ulong hash = HashOf(key);
        int p = partitioned.PartitionOf(hash);
        uint low = unchecked((uint)hash);
        for (int piece = 0; piece < partitioned.Pieces; piece++)
        {
            foreach (KeyEntry entry in partitioned.Piece(p, piece))
            {
                if (entry.Hash == low && entry.Row != row && At(entry.Row).SequenceEqual(key))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The rows whose match in <paramref name="other"/> (found by hash) has other text, confirmed on every processor. The
    /// other column's keys are read in this column's row order, which is a random order when the columns' orders differ
    /// (ratings listed by time, cases by number): each is fetched <see cref="FetchAhead"/> rows before it is compared
    /// (where it lies, when keys differ in length, twice as many before), so that the misses overlap rather than follow
    /// one another.
    /// </summary>
    private List<int> Denied(KeyColumn other, int[] found)
    {
        // A denial is a collision of 36 to 42 bits of hash: rare, and each is looked up on its own, in any order.
        var denied = new List<int>();
        RowParts.ForEach(Count, (start, end) =>
        {
            for (int row = start; row < end; row++)
            {
                if (row + (2 * FetchAhead) < end && found[row + (2 * FetchAhead)] >= 0)
                {
                    other.FetchEnd(found[row + (2 * FetchAhead)]);
                }
                if (row + FetchAhead < end && found[row + FetchAhead] >= 0)
                {
                    other.Fetch(found[row + FetchAhead]);
                }
                if (found[row] >= 0 && !other.At(found[row]).SequenceEqual(At(row)))
                {
                    lock (denied)
                    {
                        denied.Add(row);
                    }
                }
            }
        }, PartRows);
        return denied;
    }

    /// <summary>How many rows ahead of its comparison a key read in a random order is fetched: misses enough at once to keep memory busy.</summary>
    private const int FetchAhead = 16;

    /// <summary>
    /// Starts bringing where a row's key starts and ends into the caches, when keys differ in length
    /// (<see cref="Fetch"/> reads them).
    /// </summary>
    private void FetchEnd(int row)
    {
        if (ends is not null)
        {
            Prefetch.Line(ref ends[Math.Max(0, row - 1)]);
            Prefetch.Line(ref ends[row]);
        }
    }

    /// <summary>Starts bringing a row's key into the caches (<see cref="Prefetch"/>): its first and last bytes' lines.</summary>
    private void Fetch(int row)
    {
        Span<byte> bytes = arena.Span;
        if (ends is null)
        {
            int at = row * width;
            if (width > 0)
            {
                Prefetch.Line(ref bytes[at]);
                Prefetch.Line(ref bytes[at + width - 1]);
            }
            return;
        }
        int from = row == 0 ? 0 : ends[row - 1];
        if (ends[row] > from)
        {
            Prefetch.Line(ref bytes[from]);
            Prefetch.Line(ref bytes[ends[row] - 1]);
        }
    }

    /// <summary>
    /// The first row holding each of some keys (the ratings that appeals and rectifications name, the cases that
    /// follow-ups name: a few, or hundreds of thousands); keys not held are left out. The keys are grouped by the
    /// partition their hash falls in (the partitions <see cref="Prepare"/> kept, or made now), and each partition holding
    /// some is read once, on every processor, its rows' hashes looked up among its keys', so that the cost is one pass
    /// over the partitions named, whatever the number of keys.
    /// </summary>
    internal Dictionary<string, int> FindAll(IEnumerable<string> keys)
    {
        // A key wanted twice is looked for twice and found at the same row.
        string[] wanted = [.. keys.Where(key => key.Length > 0 && System.Text.Ascii.IsValid(key))];
        if (wanted.Length == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }
        if (IsAscending && !hasRowWithoutKey)
        {
            return FindAllInOrder(wanted);
        }
        KeyPartitions partitioned = partitions ?? KeyPartitions.Of(this, PartitionBits());
        // Each key's bytes and hash are found on every processor; the keys are then put in order of partition (a counting
        // sort), each partition's a segment.
        var wantedKeys = new WantedKey[wanted.Length];
        int[] partitionOf = new int[wanted.Length];
        RowParts.ForEach(wanted.Length, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                byte[]? bytes = BytesOf(wanted[i]);
                wantedKeys[i] = bytes is null ? default : new WantedKey(wanted[i], bytes, HashOf(bytes));
                partitionOf[i] = bytes is null ? -1 : partitioned.PartitionOf(wantedKeys[i].Hash);
            }
        });
        // Each partition's count of keys, then (as the counting sort's one part) the place of its next key.
        int[] cursor = new int[partitioned.Count];
        foreach (int p in partitionOf)
        {
            if (p >= 0)
            {
                cursor[p]++;
            }
        }
        int[] starts = BucketPlaces.Assign([cursor], partitioned.Count);
        var byPartition = new WantedKey[starts[^1]];
        for (int i = 0; i < wanted.Length; i++)
        {
            if (partitionOf[i] >= 0)
            {
                byPartition[cursor[partitionOf[i]]++] = wantedKeys[i];
            }
        }
        // Each partition's matches are kept apart and gathered after, rather than added under a lock as found: hundreds of
        // thousands of additions waited on one another there.
        var rowsOf = new List<(string Key, int Row)>?[partitioned.Count];
        Parallel.For(0, partitioned.Count, p =>
        {
            if (starts[p + 1] > starts[p])
            {
                rowsOf[p] = FindInPartition(partitioned, p, new ArraySegment<WantedKey>(byPartition, starts[p], starts[p + 1] - starts[p]));
            }
        });
        var found = new Dictionary<string, int>(rowsOf.Sum(rows => rows?.Count ?? 0), StringComparer.Ordinal);
        foreach (List<(string Key, int Row)>? rows in rowsOf)
        {
            foreach ((string key, int row) in rows ?? [])
            {
                found.TryAdd(key, row);
            }
        }
        return found;
    }

    /// <summary>
    /// The first row of a partition holding each of its wanted keys, in one pass over its rows in ascending order: a row
    /// whose hash's low bits are those of wanted keys is compared with each of them not yet found.
    /// </summary>
    private List<(string Key, int Row)> FindInPartition(KeyPartitions partitioned, int partition, ArraySegment<WantedKey> keys)
    {
        // The wanted keys by the low bits of their hashes: the first of each, and a chain through the others.
        var first = new Dictionary<uint, int>(keys.Count);
        int[] next = new int[keys.Count];
        for (int i = keys.Count - 1; i >= 0; i--)
        {
            next[i] = first.TryGetValue(keys[i].Low, out int after) ? after : -1;
            first[keys[i].Low] = i;
        }
        // A row's hash is first tested against a bit per slot of the wanted keys' low bits (sixteen slots a key, a few
        // kilobytes), which almost every row of the partition misses, before the dictionary is read.
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, keys.Count * 16));
        uint slotMask = (uint)slots - 1;
        ulong[] wantedSlots = new ulong[slots / 64];
        foreach (WantedKey key in keys)
        {
            wantedSlots[(key.Low & slotMask) >> 6] |= 1UL << (int)(key.Low & 63);
        }
        var rows = new List<(string Key, int Row)>(keys.Count);
        bool[] met = new bool[keys.Count];
        for (int piece = 0; piece < partitioned.Pieces && rows.Count < keys.Count; piece++)
        {
            foreach (KeyEntry entry in partitioned.Piece(partition, piece))
            {
                if ((wantedSlots[(entry.Hash & slotMask) >> 6] & (1UL << (int)(entry.Hash & 63))) == 0 || !first.TryGetValue(entry.Hash, out int i))
                {
                    continue;
                }
                for (; i >= 0; i = next[i])
                {
                    if (!met[i] && At(entry.Row).SequenceEqual(keys[i].Bytes))
                    {
                        met[i] = true;
                        rows.Add((keys[i].Key, entry.Row));
                    }
                }
            }
        }
        return rows;
    }

    /// <summary>A key looked for (<see cref="FindAll"/>): its text, its bytes as this column holds them, and its hash.</summary>
    private readonly record struct WantedKey(string Key, byte[] Bytes, ulong Hash)
    {
        /// <summary>The hash's low 32 bits, which a partition's entries keep.</summary>
        internal uint Low => unchecked((uint)Hash);
    }

    /// <summary>Finds a row's key in a partition's table, adding the row when the key is new; returns the row that holds the key.</summary>
    /// <remarks>A slot holds its row plus one (0 is an empty slot) beside the low bits of its key's hash.</remarks>
    private int Keep(KeyEntry[] table, int mask, KeyEntry key)
    {
        int slot = (int)(key.Hash & (uint)mask);
        while (table[slot].Row != 0 && !(table[slot].Hash == key.Hash && At(table[slot].Row - 1).SequenceEqual(At(key.Row))))
        {
            slot = (slot + 1) & mask;
        }
        if (table[slot].Row == 0)
        {
            table[slot] = key with { Row = key.Row + 1 };
        }
        return table[slot].Row - 1;
    }

    /// <summary>Runs <paramref name="match"/> on every partition, on every processor, each with a cleared table sized for the partition.</summary>
    private static void ForEachPartition(KeyPartitions partitioned, Action<int, KeyEntry[], int> match) =>
        Parallel.For(0, partitioned.Count, () => new KeyEntry[64], (p, _, table) =>
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * partitioned.KeysIn(p)));
            if (table.Length < size)
            {
                table = new KeyEntry[size];
            }
            Array.Clear(table, 0, size);
            match(p, table, size - 1);
            return table;
        }, _ => { });

    /// <summary>
    /// The bits of a hash that choose the partition of this column's keys: enough that a partition holds about
    /// <see cref="KeysPerPartition"/> keys or fewer, from 16 partitions to 1,024. Fewer partitions are written faster
    /// (each is a stream the rows are scattered into); smaller ones are matched in nearer caches.
    /// </summary>
    private int PartitionBits() =>
        Math.Clamp(BitOperations.Log2((uint)Math.Max(1, (Count - 1) / KeysPerPartition)) + 1, FewestPartitionBits, MostPartitionBits);
}

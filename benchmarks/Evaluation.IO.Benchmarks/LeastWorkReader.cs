using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// The least a reader of a large file must do to keep its rows for validation: split its bytes into lines and fields,
/// copy each row's keys (identifiers) into one arena, dictionary-encode its code columns and append a compact row.
/// It validates nothing, parses no instant and reads no quoted field: it is the yardstick the tables' reader is
/// measured against, not a reader of the format.
/// </summary>
internal static class LeastWorkReader
{
    /// <summary>Reads a file whose first <paramref name="keys"/> columns are keys and whose next four are codes.</summary>
    /// <returns>The number of rows kept.</returns>
    internal static int Read(string path, int keys)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int expected = (int)(file.Length / 80) + 16;
        var rows = new LeastRow[expected];
        var arenas = new byte[keys][];
        var ends = new int[keys][];
        var used = new int[keys];
        for (int k = 0; k < keys; k++)
        {
            arenas[k] = new byte[expected * 24L];
            ends[k] = new int[expected];
        }
        var codes = new[] { new ByteCodes(), new ByteCodes(), new ByteCodes(), new ByteCodes() };
        byte[] buffer = new byte[1 << 20];
        Span<int> starts = stackalloc int[33];
        int held = 0, count = 0;
        bool header = true;
        while (true)
        {
            int got = file.Read(buffer, held, buffer.Length - held);
            int total = held + got;
            int position = 0;
            while (position < total)
            {
                int length = buffer.AsSpan(position, total - position).IndexOf((byte)'\n');
                if (length < 0)
                {
                    if (got > 0)
                    {
                        break;
                    }
                    length = total - position;
                }
                ReadOnlySpan<byte> line = buffer.AsSpan(position, length);
                position += length + 1;
                if (header)
                {
                    header = false;
                    continue;
                }
                int fields = Split(line, starts);
                for (int k = 0; k < keys; k++)
                {
                    ReadOnlySpan<byte> key = Field(line, starts, k);
                    key.CopyTo(arenas[k].AsSpan(used[k]));
                    used[k] += key.Length;
                    ends[k][count] = used[k];
                }
                ref LeastRow row = ref rows[count];
                row.Code0 = codes[0].IndexOf(Field(line, starts, keys));
                row.Code1 = codes[1].IndexOf(Field(line, starts, keys + 1));
                row.Code2 = codes[2].IndexOf(Field(line, starts, keys + 2));
                row.Code3 = codes[3].IndexOf(Field(line, starts, keys + 3));
                row.Fields = fields;
                row.Line = count + 2;
                count++;
            }
            if (got == 0)
            {
                return count;
            }
            held = total - position;
            buffer.AsSpan(position, held).CopyTo(buffer);
        }
    }

    /// <summary>Finds where each field of a line starts (at most 32), and one past the end; returns the number of fields.</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<int> starts)
    {
        int fields = 1;
        starts[0] = 0;
        while (fields < starts.Length - 1)
        {
            int comma = line[starts[fields - 1]..].IndexOf((byte)',');
            if (comma < 0)
            {
                break;
            }
            starts[fields] = starts[fields - 1] + comma + 1;
            fields++;
        }
        starts[fields] = line.Length + 1;
        return fields;
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, ReadOnlySpan<int> starts, int field) =>
        line[starts[field]..(starts[field + 1] - 1)];

    /// <summary>A compact row: four code indices and the fields' count and line, as a table keeps beside its keys.</summary>
    private struct LeastRow
    {
        internal int Code0;
        internal int Code1;
        internal int Code2;
        internal int Code3;
        internal int Fields;
        internal int Line;
    }

    /// <summary>Dictionary-encodes byte strings: an open-addressing table of (hash, index) slots, the codes' bytes in one arena.</summary>
    private sealed class ByteCodes
    {
        private readonly long[] slots = new long[1 << 18];
        private readonly byte[] bytes = new byte[1 << 23];
        private readonly int[] ends = new int[1 << 17];
        private int used;
        private int count = 1;

        internal int IndexOf(ReadOnlySpan<byte> code)
        {
            if (code.IsEmpty)
            {
                return 0;
            }
            uint hash = Hash(code);
            int mask = slots.Length - 1;
            for (int i = (int)(hash & (uint)mask); ; i = (i + 1) & mask)
            {
                long slot = slots[i];
                if (slot == 0)
                {
                    code.CopyTo(bytes.AsSpan(used));
                    used += code.Length;
                    ends[count] = used;
                    slots[i] = unchecked(((long)hash << 32) | (uint)count);
                    return count++;
                }
                int index = unchecked((int)slot);
                if (unchecked((uint)(slot >> 32)) == hash && bytes.AsSpan(ends[index - 1], ends[index] - ends[index - 1]).SequenceEqual(code))
                {
                    return index;
                }
            }
        }

        private static uint Hash(ReadOnlySpan<byte> code)
        {
            unchecked
            {
                ulong hash = 0xCBF29CE484222325UL;
                int i = 0;
                for (; i + 8 <= code.Length; i += 8)
                {
                    hash = (hash ^ MemoryMarshal.Read<ulong>(code[i..])) * 0x9E3779B97F4A7C15UL;
                }
                for (; i < code.Length; i++)
                {
                    hash = (hash ^ code[i]) * 0x100000001B3UL;
                }
                return (uint)(hash ^ (hash >> 29));
            }
        }
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Entries whose headers understate what they hold. Deflate never makes data more than a little larger, so
/// an entry whose compressed size passes its stated size by more than deflate's overhead holds more than it
/// says. System.IO.Compression stops reading such an entry at the stated size, so what it would really
/// inflate to is measured here: its compressed data is inflated to the end, every byte counted against the
/// inflation budget, which refuses the file as too large the moment the count passes the limit.
/// </summary>
internal static class UnderstatedEntries
{
    public static bool Understated(ZipArchiveEntry entry) =>
        entry.CompressedLength > entry.Length + entry.Length / 1000 + 1024;

    /// <summary>Inflates the named entries from their local headers, counting what comes out.</summary>
    public static void Measure(ReadOnlyMemory<byte> content, IReadOnlyCollection<string> names, InflationBudget budget)
    {
        var span = content.Span;
        var end = span.LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0 || end + 22 > span.Length)
        {
            return;
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(end + 10)..]);
        var at = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(span[(end + 16)..]), (uint)span.Length);
        var buffer = new byte[81920];
        for (var i = 0; i < count && at + 46 <= span.Length && BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) == 0x02014B50; i++)
        {
            var method = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 10)..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
            var local = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
            var name = at + 46 + nameLength <= span.Length ? System.Text.Encoding.UTF8.GetString(span.Slice(at + 46, nameLength)) : "";
            at += 46 + nameLength + extraLength + commentLength;
            if (method != 8 || !names.Contains(name) || local + 30 > (uint)span.Length || BinaryPrimitives.ReadUInt32LittleEndian(span[(int)local..]) != 0x04034B50)
            {
                continue;
            }

            var data = (int)local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(span[((int)local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(span[((int)local + 28)..]);
            if (data >= span.Length)
            {
                continue;
            }

            using var inflating = budget.Open(new DeflateStream(new ReadOnlyMemoryStream(content[data..]), CompressionMode.Decompress));
            try
            {
                while (inflating.Read(buffer) > 0)
                {
                }
            }
            catch (InvalidDataException)
            {
                // Damaged data is for the reading to find; here only the size counts.
            }
        }
    }
}

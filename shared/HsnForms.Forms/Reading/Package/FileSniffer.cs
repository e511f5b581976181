using System.Buffers.Binary;

namespace HsnForms.Forms.Reading;

/// <summary>What a file is by its first bytes, never by its name.</summary>
internal enum SniffedType
{
    Empty,
    Zip,
    OleCompound,
    Pdf,
    Image,
    Rtf,

    /// <summary>An old binary document that is no OLE storage: Word 1 and 2, Write or Word for DOS, Excel 2 to 4.</summary>
    LegacyBinary,
    Other,
}

internal static class FileSniffer
{
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const string OldWordMessage = "This is an old binary Word document (.doc). Please save it as .docx and send it again.";
    private const string OldExcelMessage = "This is an old binary Excel workbook (.xls). Please save it as .xlsx and send it again.";
    private const string OldWorksMessage = "This is an old Microsoft Works document. Please save it as a Word (.docx) document and send it again.";

    public static SniffedType Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return SniffedType.Empty;
        }

        if (head.StartsWith(ZipLocalHeader) || head.StartsWith(ZipEmptyArchive))
        {
            return SniffedType.Zip;
        }

        if (head.StartsWith(OleSignature))
        {
            return SniffedType.OleCompound;
        }

        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return SniffedType.Pdf;
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return SniffedType.Rtf;
        }

        if (IsImage(head))
        {
            return SniffedType.Image;
        }

        return ClassifyLegacyBinary(head) is not null ? SniffedType.LegacyBinary : SniffedType.Other;
    }

    private static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) // PNG
        || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) // JPEG
        || head.StartsWith("GIF8"u8)
        || head.StartsWith("BM"u8) && head.Length > 14
        || head.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || head.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A]) // TIFF
        || head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)
        || head.Length >= 12 && head[4..12].SequenceEqual("ftypheic"u8);

    /// <summary>
    /// The binary formats from before OLE storages, by their own signatures: Word for Windows 1 and 2
    /// (0xA59B, 0xA5DB), Write and Word for DOS (0xBE31 or 0xBE32, then 0, 0xAB00), and Excel 2 to 4,
    /// whose file is a bare BIFF stream opening with its BOF record (0x0009, 0x0209, 0x0409, 0x0809)
    /// of 4 to 20 bytes that names a worksheet, chart, macro sheet or workbook.
    /// </summary>
    public static (string Code, string Message, string Type)? ClassifyLegacyBinary(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return null;
        }

        var magic = BinaryPrimitives.ReadUInt16LittleEndian(head);
        if (magic is 0xA59B or 0xA5DB)
        {
            return (ProblemCodes.LegacyFormat, OldWordMessage, "doc");
        }

        if (magic is 0xBE31 or 0xBE32 && BinaryPrimitives.ReadUInt16LittleEndian(head[2..]) == 0 && BinaryPrimitives.ReadUInt16LittleEndian(head[4..]) == 0xAB00)
        {
            return (ProblemCodes.LegacyFormat, "This is an old Write or Word for DOS document. Please save it as .docx and send it again.", "doc");
        }

        var length = BinaryPrimitives.ReadUInt16LittleEndian(head[2..]);
        var substream = BinaryPrimitives.ReadUInt16LittleEndian(head[6..]);
        if (magic is 0x0009 or 0x0209 or 0x0409 or 0x0809 && length is >= 4 and <= 20 && substream is 0x0010 or 0x0020 or 0x0040 or 0x0100)
        {
            return (ProblemCodes.LegacyFormat, OldExcelMessage, "xls");
        }

        return null;
    }

    /// <summary>
    /// An OLE compound file is an encrypted Office Open XML package when its directory holds the
    /// EncryptedPackage stream, and an old Word, Excel or Works file when it holds their main streams
    /// (names in any case: writers differ). The directory is read as the compound file format lays it
    /// out; a storage too damaged to walk is judged by the directory names its bytes still hold.
    /// </summary>
    public static (string Code, string Message, string Type) ClassifyOle(ReadOnlySpan<byte> file)
    {
        var names = OleDirectory.Names(file);
        var damaged = names is null;
        names ??= OleDirectory.NamesInBytes(file, "EncryptedPackage", "EncryptionInfo", "WordDocument", "Workbook", "Book", "MatOST");

        if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo"))
        {
            return (ProblemCodes.Encrypted, "The document is password-protected (encrypted), so it cannot be read. Please send it again without a password.", "encrypted-ooxml");
        }

        if (names.Contains("WordDocument"))
        {
            return (ProblemCodes.LegacyFormat, OldWordMessage, "doc");
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return (ProblemCodes.LegacyFormat, OldExcelMessage, "xls");
        }

        // Works: the word processor's MatOST stream (versions 3 and 4), its CONTENTS stream with the
        // class Works 5 to 9 write in CompObj ("Quill96 Story Group Class"), the spreadsheet's WksSSWorkBook.
        if (names.Contains("MatOST") || names.Contains("WksSSWorkBook") || names.Contains("CONTENTS") && file.IndexOf("Quill96 Story Group Class"u8) >= 0)
        {
            return (ProblemCodes.LegacyFormat, OldWorksMessage, "wps");
        }

        return damaged
            ? (ProblemCodes.Corrupt, "The file is an old Office file too damaged to tell which. Please save it as .docx or .xlsx and send it again.", "ole")
            : (ProblemCodes.UnsupportedType, "This is an OLE compound file (an old Office or Outlook format), not a .docx or .xlsx form.", "ole");
    }
}

/// <summary>
/// The names in an OLE compound file's directory (MS-CFB): the header gives the sector size, the FAT's
/// sectors and the directory's first sector; the directory is a chain of 128-byte entries, each a
/// UTF-16 name, its length and its kind. Every step is bounded, so a looping or truncated file ends
/// the walk instead of the reader.
/// </summary>
internal static class OleDirectory
{
    private const uint EndOfChain = 0xFFFFFFFE;

    public static HashSet<string>? Names(ReadOnlySpan<byte> file)
    {
        if (file.Length < 512)
        {
            return null;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file[0x1E..]);
        if (shift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << shift;
        var sectors = (file.Length - sectorSize) / sectorSize + 1;
        var fat = FatSectors(file, sectorSize, sectors);
        if (fat is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(file[0x30..]);
        for (var steps = 0; sector != EndOfChain; steps++)
        {
            var offset = ((long)sector + 1) * sectorSize;
            if (steps > sectors || offset + sectorSize > file.Length)
            {
                return names.Count > 0 ? names : null;
            }

            for (var entry = 0; entry < sectorSize; entry += 128)
            {
                var record = file.Slice((int)offset + entry, 128);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(record[64..]);
                if (record[66] is 1 or 2 && nameBytes is >= 4 and <= 64)
                {
                    names.Add(System.Text.Encoding.Unicode.GetString(record[..(nameBytes - 2)]));
                }
            }

            sector = Next(file, fat, sector, sectorSize);
        }

        return names;
    }

    /// <summary>The names among <paramref name="candidates"/> whose UTF-16 bytes occur anywhere, in any case.</summary>
    public static HashSet<string> NamesInBytes(ReadOnlySpan<byte> file, params string[] candidates)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in candidates)
        {
            foreach (var spelling in new[] { name, name.ToUpperInvariant(), name.ToLowerInvariant() })
            {
                if (file.IndexOf(System.Runtime.InteropServices.MemoryMarshal.AsBytes(spelling.AsSpan())) >= 0)
                {
                    found.Add(name);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The FAT's sector numbers: 109 in the header, the rest in the DIFAT chain.</summary>
    private static List<uint>? FatSectors(ReadOnlySpan<byte> file, int sectorSize, int sectors)
    {
        var count = BinaryPrimitives.ReadUInt32LittleEndian(file[0x2C..]);
        if (count > sectors)
        {
            return null;
        }

        var fat = new List<uint>((int)count);
        for (var i = 0; i < 109 && fat.Count < count; i++)
        {
            fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(0x4C + i * 4)..]));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file[0x44..]);
        for (var steps = 0; fat.Count < count && difat < EndOfChain; steps++)
        {
            var offset = ((long)difat + 1) * sectorSize;
            if (steps > sectors || offset + sectorSize > file.Length)
            {
                return null;
            }

            var perSector = sectorSize / 4 - 1;
            for (var i = 0; i < perSector && fat.Count < count; i++)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(int)(offset + i * 4)..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(file[(int)(offset + perSector * 4)..]);
        }

        return fat;
    }

    private static uint Next(ReadOnlySpan<byte> file, List<uint> fat, uint sector, int sectorSize)
    {
        var perSector = (uint)sectorSize / 4;
        var index = sector / perSector;
        if (index >= fat.Count)
        {
            return EndOfChain;
        }

        var offset = ((long)fat[(int)index] + 1) * sectorSize + sector % perSector * 4;
        return offset + 4 <= file.Length ? BinaryPrimitives.ReadUInt32LittleEndian(file[(int)offset..]) : EndOfChain;
    }
}

using System.Text;

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
    Other,
}

internal static class FileSniffer
{
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

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

        return SniffedType.Other;
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
    /// An OLE compound file is an encrypted Office Open XML package when its directory names the
    /// EncryptedPackage stream, and an old binary Word or Excel file when it names their streams.
    /// Directory names are UTF-16, so a byte search finds them without a full CFB parser.
    /// </summary>
    public static (string Code, string Message, string Type) ClassifyOle(ReadOnlySpan<byte> file)
    {
        if (Contains(file, "EncryptedPackage") || Contains(file, "EncryptionInfo"))
        {
            return (ProblemCodes.Encrypted, "The document is password-protected (encrypted), so it cannot be read. Please send it again without a password.", "encrypted-ooxml");
        }

        if (Contains(file, "WordDocument"))
        {
            return (ProblemCodes.LegacyFormat, "This is an old binary Word document (.doc). Please save it as .docx and send it again.", "doc");
        }

        if (Contains(file, "Workbook") || Contains(file, "Book"))
        {
            return (ProblemCodes.LegacyFormat, "This is an old binary Excel workbook (.xls). Please save it as .xlsx and send it again.", "xls");
        }

        return (ProblemCodes.UnsupportedType, "This is an OLE compound file (an old Office or Outlook format), not a .docx or .xlsx form.", "ole");
    }

    private static bool Contains(ReadOnlySpan<byte> file, string name)
    {
        Span<byte> utf16 = stackalloc byte[name.Length * 2];
        Encoding.Unicode.GetBytes(name, utf16);
        return file.IndexOf(utf16) >= 0;
    }
}

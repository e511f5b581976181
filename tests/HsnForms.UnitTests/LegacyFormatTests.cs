using System.Buffers.Binary;
using System.Text;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>
/// Every old binary Word, Excel or Works file gets "legacy_format", so its sender is asked for a .docx or
/// .xlsx: OLE storages whose streams are named in any case (Excel 5 writes "Book", others "BOOK" or
/// "WORKBOOK"), in both sector sizes of the compound file format, and the formats from before OLE.
/// </summary>
public sealed class LegacyFormatTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<int, string, string, string> Storages()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var sector in new[] { 512, 4096 })
        {
            data.Add(sector, "Workbook", "legacy_format", "xls");
            data.Add(sector, "WORKBOOK", "legacy_format", "xls");
            data.Add(sector, "Book", "legacy_format", "xls");
            data.Add(sector, "BOOK", "legacy_format", "xls");
            data.Add(sector, "WordDocument", "legacy_format", "doc");
            data.Add(sector, "worddocument", "legacy_format", "doc");
            data.Add(sector, "MatOST", "legacy_format", "wps");
            data.Add(sector, "EncryptedPackage", "encrypted", "encrypted-ooxml");
            data.Add(sector, "__substg1.0_0037001F", "unsupported_type", "ole");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public void An_OLE_storage_is_judged_by_its_streams_in_any_case(int sectorSize, string stream, string code, string type)
    {
        var result = s_reader.Read("form.docx", CompoundFile(sectorSize, [stream, "\u0005SummaryInformation"]));

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal(code, result.Problems[0].Code);
        Assert.Equal(type, result.DetectedType);
    }

    [Fact]
    public void A_word_in_a_files_text_is_no_stream_name()
    {
        // An Outlook message whose body says "Workbook" (UTF-16, as Outlook stores text) is not a workbook.
        var message = CompoundFile(512, ["__substg1.0_1000001F"], Encoding.Unicode.GetBytes("Please fill in the Workbook and the WordDocument"));

        var result = s_reader.Read("form.xls", message);

        Assert.Equal("unsupported_type", result.Problems[0].Code);
    }

    [Fact]
    public void A_storage_too_damaged_to_walk_is_judged_by_the_names_its_bytes_still_hold()
    {
        var storage = CompoundFile(512, ["WordDocument"]);
        BinaryPrimitives.WriteUInt32LittleEndian(storage.AsSpan(0x30), 0x7FFFFF00); // the directory's first sector points past the end

        Assert.Equal("legacy_format", s_reader.Read("a.doc", storage).Problems[0].Code);

        var nothing = CompoundFile(512, ["Contents"]);
        BinaryPrimitives.WriteUInt32LittleEndian(nothing.AsSpan(0x30), 0x7FFFFF00);
        Assert.Equal("corrupt", s_reader.Read("b.doc", nothing).Problems[0].Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xDB, 0xA5, 0x2D, 0x00, 0x31, 0x40, 0x09, 0x04 }, "doc")] // Word for Windows 2
    [InlineData(new byte[] { 0x9B, 0xA5, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00 }, "doc")] // Word for Windows 1
    [InlineData(new byte[] { 0x31, 0xBE, 0x00, 0x00, 0x00, 0xAB, 0x00, 0x00 }, "doc")] // Write, Word for DOS
    [InlineData(new byte[] { 0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00 }, "xls")] // Excel 2 worksheet
    [InlineData(new byte[] { 0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00 }, "xls")] // Excel 3 worksheet
    [InlineData(new byte[] { 0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00 }, "xls")] // Excel 4 worksheet
    [InlineData(new byte[] { 0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01 }, "xls")] // Excel 4 workbook
    public void A_binary_from_before_OLE_is_a_legacy_format(byte[] head, string type)
    {
        var file = new byte[600];
        head.CopyTo(file, 0);

        var result = s_reader.Read("form.docx", file);

        Assert.Equal("legacy_format", result.Problems[0].Code);
        Assert.Equal(type, result.DetectedType);
        Assert.Contains(type == "doc" ? ".docx" : ".xlsx", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_happens_to_start_like_a_record_is_not_a_workbook()
    {
        var file = Encoding.ASCII.GetBytes("\t\0 tab-separated values that are no BIFF record at all");

        Assert.Equal("unsupported_type", s_reader.Read("form.xls", file).Problems[0].Code);
    }

    /// <summary>
    /// A compound file as MS-CFB lays it out: the header, one FAT sector, one directory sector (the root and
    /// the named streams, each empty), and a data sector holding <paramref name="content"/>.
    /// </summary>
    internal static byte[] CompoundFile(int sectorSize, string[] streams, byte[]? content = null)
    {
        var file = new byte[sectorSize * 4];
        var header = file.AsSpan();
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], (ushort)(sectorSize == 512 ? 3 : 4));
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], (ushort)(sectorSize == 512 ? 9 : 12));
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1); // the directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x4C..], 0); // the FAT is sector 0
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + i * 4)..], 0xFFFFFFFF);
        }

        var fat = file.AsSpan(sectorSize, sectorSize);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[8..], 0xFFFFFFFE);

        var directory = file.AsSpan(sectorSize * 2, sectorSize);
        string[] names = ["Root Entry", .. streams];
        for (var i = 0; i < names.Length; i++)
        {
            var entry = directory.Slice(i * 128, 128);
            Encoding.Unicode.GetBytes(names[i], entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)((names[i].Length + 1) * 2));
            entry[66] = (byte)(i == 0 ? 5 : 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], i + 1 < names.Length ? (uint)(i + 1) : 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], 0xFFFFFFFE);
        }

        content?.CopyTo(file.AsSpan(sectorSize * 3));
        return file;
    }
}

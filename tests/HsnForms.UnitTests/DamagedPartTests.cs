using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>
/// A zip records a CRC-32 of every part it holds. A part damaged after the file was saved (on a disk, in
/// transit) may still inflate and parse, and would then be read as a form with answers the sender never
/// gave. Every part the reader reads to its end is checked against that record, so such a file is
/// refused as damaged, in our words, whichever producer wrote it and whichever part is hit.
/// </summary>
public sealed class DamagedPartTests
{
    private static readonly FormReader s_reader = new();

    /// <summary>Forms of several producers, each with the parts the reader reads: the main part, a sheet, shared strings, the package's frame.</summary>
    public static TheoryData<string, string> ReadParts() => new()
    {
        { "forms/libreoffice/intention-acme.docx", "word/document.xml" },
        { "forms/libreoffice/intention-acme.docx", "[Content_Types].xml" },
        { "forms/wordxml/intention-content-controls.docx", "word/document.xml" },
        { "forms/wordxml/intention-content-controls.docx", "_rels/.rels" },
        { "forms/libreoffice/result-acme.docx", "word/document.xml" },
        { "forms/exceljs/result-table.xlsx", "xl/workbook.xml" },
        { "forms/exceljs/result-table.xlsx", "xl/worksheets/sheet1.xml" },
        { "forms/exceljs/result-table.xlsx", "xl/sharedStrings.xml" },
        { "forms/libreoffice/result-lotus.xlsx", "xl/worksheets/sheet1.xml" },
        { "forms/libreoffice/result-lotus.xlsx", "xl/sharedStrings.xml" },
        { "forms/exceljs/intention-decline.xlsx", "xl/worksheets/sheet1.xml" },
    };

    [Theory]
    [MemberData(nameof(ReadParts))]
    public void A_part_that_does_not_match_its_recorded_checksum_is_refused_as_damaged(string form, string part)
    {
        var result = s_reader.Read("form", WithWrongChecksum(Assets.Bytes(form), part));

        AssertDamaged(result, part);
    }

    [Theory]
    [InlineData("forms/libreoffice/intention-acme.docx", "word/document.xml", "Acme Securities Ltd", "Acne Securities Ltd")]
    [InlineData("forms/libreoffice/result-lotus.xlsx", "xl/sharedStrings.xml", "Lotus Asset Man", "Lotus Asset Mbn")]
    public void A_changed_byte_in_a_stored_part_is_damage_not_another_answer(string form, string part, string answer, string garbled)
    {
        var stored = Stored(Assets.Bytes(form), part);
        Assert.Equal(Json(Assets.Bytes(form)), Json(stored));
        Assert.Contains(answer, Json(stored), StringComparison.Ordinal);

        var result = s_reader.Read("form", Replace(stored, answer, garbled));

        AssertDamaged(result, part);
    }

    [Theory]
    [InlineData("forms/libreoffice/intention-acme.docx")]
    [InlineData("forms/exceljs/result-table.xlsx")]
    public void A_well_made_package_reads_as_before_whatever_its_compression(string form)
    {
        var original = Json(Assets.Bytes(form));

        Assert.Contains("\"status\":\"complete\"", original, StringComparison.Ordinal);
        Assert.Equal(original, Json(Stored(Assets.Bytes(form), part: null)));
    }

    [Theory]
    [InlineData("forms/libreoffice/intention-acme.docx")]
    [InlineData("forms/exceljs/result-table.xlsx")]
    public void A_damaged_part_the_reader_never_reads_leaves_the_form_as_it_is(string form)
    {
        // The document's properties (author, dates) are not read: the form's answers are all intact.
        Assert.Equal(Json(Assets.Bytes(form)), Json(WithWrongChecksum(Assets.Bytes(form), "docProps/app.xml")));
    }

    private static void AssertDamaged(FormReadResult result, string part)
    {
        Assert.Equal(FormStatus.Rejected, result.Status);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains(part, problem.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", problem.Message, StringComparison.Ordinal);
        Assert.Contains("resend", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CRC", problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);
    }

    private static string Json(byte[] package) => FormResultJson.ToJson(s_reader.Read("form", package));

    /// <summary>The package with one entry's recorded CRC-32 changed, in its local header and in the central directory; its data untouched.</summary>
    private static byte[] WithWrongChecksum(byte[] package, string part)
    {
        var bytes = (byte[])package.Clone();
        var end = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        for (var i = 0; i < count; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            var name = Encoding.UTF8.GetString(bytes, at + 46, nameLength);
            if (name == part)
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 42));
                var wrong = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 16)) ^ 0x00010000u;
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 16), wrong);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 14), wrong);
                return bytes;
            }

            at += 46 + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 30)) + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 32));
        }

        throw new InvalidOperationException($"{part} is not in the package");
    }

    /// <summary>A copy of the package with one part (or, for none, every part) stored uncompressed, so that its bytes lie in the file as they are.</summary>
    private static byte[] Stored(byte[] package, string? part)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var level = part is null || entry.FullName == part ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                using var from = entry.Open();
                using var into = zip.CreateEntry(entry.FullName, level).Open();
                from.CopyTo(into);
            }
        }

        return output.ToArray();
    }

    /// <summary>The package with one run of bytes replaced by another of the same length (the only place they occur), its records left as they were.</summary>
    private static byte[] Replace(byte[] package, string text, string replacement)
    {
        var bytes = (byte[])package.Clone();
        var from = Encoding.UTF8.GetBytes(text);
        var at = bytes.AsSpan().IndexOf(from);
        Assert.True(at >= 0, $"'{text}' is not stored as it is");
        Assert.True(bytes.AsSpan(at + 1).IndexOf(from) < 0, $"'{text}' is stored twice");
        Encoding.UTF8.GetBytes(replacement).CopyTo(bytes, at);
        return bytes;
    }
}

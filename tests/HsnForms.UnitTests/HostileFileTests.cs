using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>Files from subscribers are hostile until proven otherwise.</summary>
public sealed class HostileFileTests
{
    private static readonly FormReader s_reader = new();

    [Fact]
    public void A_zip_bomb_is_refused_within_a_second_using_under_100_MB()
    {
        var bomb = Assets.Bytes("bad/form.docx");
        s_reader.Read("warm-up.docx", Assets.Bytes("forms/wordxml/intention-split-runs.docx"));

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = s_reader.Read("form.docx", bomb);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void A_zip_whose_headers_understate_its_size_is_still_refused_quickly()
    {
        // 80 MB of text inside <w:t>, with every size field in the zip rewritten to claim 1 KB.
        var document = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
            .Append('A', 80 * 1024 * 1024).Append("</w:t></w:r></w:p></w:body></w:document>").ToString();
        var lying = LieAboutSizes(MinimalDocx(document), 1024);
        var reader = new FormReader(Forms.Catalog.FormCatalog.Default, new FormReaderOptions { MaxInflatedBytes = 16 * 1024 * 1024 });

        var clock = Stopwatch.StartNew();
        var result = reader.Read("form.docx", lying);

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Contains(result.Problems[0].Code, new[] { "too_large", "corrupt" });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_all_of_it()
    {
        var reader = new FormReader(Forms.Catalog.FormCatalog.Default, new FormReaderOptions { MaxFileBytes = 1024 * 1024 });
        using var endless = new EndlessStream();

        var result = await reader.ReadAsync("huge.docx", endless);

        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
        Assert.True(endless.Served < 2 * 1024 * 1024, $"read {endless.Served} bytes");
    }

    [Fact]
    public void A_macro_enabled_document_is_refused_before_any_part_is_parsed()
    {
        // The main part is not even XML: reading it would have said "corrupt".
        var zip = Zip(
            ("[Content_Types].xml", ContentTypes("application/vnd.ms-word.document.macroEnabled.main+xml")),
            ("word/document.xml", "<<< not xml"),
            ("word/vbaProject.bin", "VBA"));

        var result = s_reader.Read("harmless.docx", zip);

        Assert.Equal("macro_enabled", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void An_entity_expansion_attack_in_a_part_is_refused_as_damaged()
    {
        const string laughs = """
            <?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>
            """;

        var result = s_reader.Read("laughs.docx", MinimalDocx(laughs));

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("corrupt", result.Problems[0].Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "unsupported_type")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "unsupported_type")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31 }, "unsupported_type")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, "corrupt")]
    [InlineData(new byte[0], "corrupt")]
    public void The_content_decides_the_type_whatever_the_file_is_called(byte[] content, string code)
    {
        var result = s_reader.Read("form.docx", content);

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal(code, result.Problems[0].Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Problems[0].Message));
    }

    internal static byte[] MinimalDocx(string documentXml) => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", documentXml));

    private static string ContentTypes(string main) =>
        $"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{main}"/></Types>""";

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Rewrites the uncompressed size in every local and central header, as an attacker would.</summary>
    private static byte[] LieAboutSizes(byte[] zip, uint claimed)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), claimed);
            }
            else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 && i + 46 < bytes.Length)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), claimed);
            }
        }

        return bytes;
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Served == 0 && count >= 4)
            {
                buffer[offset] = 0x50;
                buffer[offset + 1] = 0x4B;
                buffer[offset + 2] = 0x03;
                buffer[offset + 3] = 0x04;
            }

            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

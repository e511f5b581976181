using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HsnForms.Forms.Reading;
using static HsnForms.TestSupport.HostileFiles;

namespace HsnForms.UnitTests;

/// <summary>
/// Files from subscribers are hostile until proven otherwise. How fast each is refused is measured by the
/// benchmark and the robustness run (tests/robustness); here a generous guard fails only a hang.
/// </summary>
public sealed partial class HostileFileTests
{
    private static readonly FormReader s_reader = new();

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_zip_bomb_is_refused_allocating_under_100_MB()
    {
        var bomb = Assets.Bytes("bad/form.docx");
        s_reader.Read("warm-up.docx", Assets.Bytes("forms/wordxml/intention-split-runs.docx"));

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = s_reader.Read("form.docx", bomb);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void A_zip_whose_headers_understate_its_size_is_too_large_as_it_inflates()
    {
        // 80 MB of text inside <w:t>, with every size field in the zip rewritten to claim 1 KB: the guard's
        // sum of stated sizes passes, so only counting the bytes as they inflate can find the 80 MB.
        var document = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
            .Append('A', 80 * 1024 * 1024).Append("</w:t></w:r></w:p></w:body></w:document>").ToString();
        var lying = LieAboutSizes(MinimalDocx(document), 1024);
        var reader = new FormReader(Forms.Catalog.FormCatalog.Default, new FormReaderOptions { MaxInflatedBytes = 16 * 1024 * 1024 });

        var clock = Stopwatch.StartNew();
        var result = reader.Read("form.docx", lying);

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("too_large", result.Problems[0].Code);
        Assert.True(clock.Elapsed < HangGuard, $"took {clock.Elapsed}");
    }

    public static TheoryData<string, string> DeepNesting()
    {
        var data = new TheoryData<string, string>();
        foreach (var (shape, level) in NestingShapes)
        {
            data.Add(shape, level);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void A_part_nested_far_deeper_than_any_form_is_too_large_though_it_compresses_like_text(string shape, string level)
    {
        // Each level has some text of its own, so the part compresses too poorly for the ratio guard to see it.
        var docx = NestedDocx(level, 20_000, 20231109);
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        {
            var part = zip.GetEntry("word/document.xml")!;
            Assert.True(part.Length < new FormReaderOptions().MaxCompressionRatio * part.CompressedLength, $"{shape}: the ratio guard alone would refuse it");
        }

        var clock = Stopwatch.StartNew();
        var result = s_reader.Read("form.docx", docx);

        Assert.Equal("too_large", result.Problems[0].Code);
        Assert.True(clock.Elapsed < HangGuard, $"{shape} took {clock.Elapsed}");
    }

    public static TheoryData<string, byte[]> DamagedFiles() => new()
    {
        { "a DTD", MinimalDocx("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"x\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>") },
        { "malformed XML", MinimalDocx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p></w:body>") },
        { "a cut zip", Assets.Bytes("forms/libreoffice/intention-acme.docx")[..3000] },
        { "a content type list that is no XML", Zip(("[Content_Types].xml", "<Types"), ("word/document.xml", "<w:document/>")) },
        { "relationships with an empty id", Zip(
            ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")) },
    };

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void A_damaged_file_is_explained_in_our_words_not_in_dotnets(string damage, byte[] file)
    {
        var result = s_reader.Read("form.docx", file);

        Assert.Equal(FormStatus.Rejected, result.Status);
        var message = result.Problems[0].Message;
        Assert.False(DotNetWording().IsMatch(message), $"{damage}: {message}");
        Assert.NotEqual("reader_fault", result.Problems[0].Code);
    }

    [Fact]
    public void Only_what_the_file_parsing_libraries_throw_is_damage_a_fault_of_ours_is_not()
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(Assets.Bytes("forms/libreoffice/intention-acme.docx")), false);
        var fromTheSdk = Assert.ThrowsAny<Exception>(() => document.MainDocumentPart!.GetPartById("rIdToNothing"));
        var fromXml = Assert.ThrowsAny<Exception>(() => ReadAll("<a><b></a>"));
        var fromOurs = Assert.ThrowsAny<Exception>(() => new Dictionary<string, int>()["missing"]);
        var nullOfOurs = Assert.ThrowsAny<Exception>(() => ((string?)null)!.Length);

        Assert.True(PackageDamage.IsDamage(fromTheSdk), fromTheSdk.GetType().Name);
        Assert.True(PackageDamage.IsDamage(fromXml));
        Assert.False(PackageDamage.IsDamage(fromOurs));
        Assert.False(PackageDamage.IsDamage(nullOfOurs));
    }

    private static bool ReadAll(string xml)
    {
        using var reader = System.Xml.XmlReader.Create(new StringReader(xml));
        while (reader.Read())
        {
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(Parameter '|DtdProcessing|XmlReaderSettings|Exception\b|System\.[A-Z]|\bLine \d+, position \d+|hexadecimal value")]
    private static partial System.Text.RegularExpressions.Regex DotNetWording();

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

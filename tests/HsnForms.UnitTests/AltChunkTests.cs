using System.IO.Compression;
using System.Text;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Layout.Html;

namespace HsnForms.UnitTests;

/// <summary>
/// A Word body may be a web page Word imports (w:altChunk: HTML, or MHT as html-docx-js writes): the
/// reader reads it where it stands, and a chunk it cannot decode costs nothing but that chunk.
/// </summary>
public sealed class AltChunkTests
{
    [Fact]
    public void An_mht_part_gives_its_html_page_decoded_from_quoted_printable_in_its_charset()
    {
        var mht = """
            MIME-Version: 1.0
            Content-Type: multipart/related;
                type="text/html";
                boundary="----=mhtDocumentPart"

            ------=mhtDocumentPart
            Content-Type: text/plain

            not this one
            ------=mhtDocumentPart
            Content-Type: text/html;
                charset="windows-1252"
            Content-Transfer-Encoding: quoted-printable

            <p class=3D"x">Caf=E9 =
            Ltd</p>
            ------=mhtDocumentPart--
            """.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal("<p class=\"x\">Café Ltd</p>", ImportedHtml.FromPart(Encoding.ASCII.GetBytes(mht), "message/rfc822"));
    }

    [Fact]
    public void An_mht_page_in_base64_inside_a_nested_multipart_is_found()
    {
        var page = Convert.ToBase64String(Encoding.UTF8.GetBytes("<p>土瓜灣證券有限公司</p>"), Base64FormattingOptions.InsertLineBreaks);
        var mht = $"""
            Content-Type: multipart/alternative; boundary=outer

            --outer
            Content-Type: multipart/related; boundary="inner"

            --inner
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            {page}
            --inner--
            --outer--
            """;

        Assert.Equal("<p>土瓜灣證券有限公司</p>", ImportedHtml.FromPart(Encoding.ASCII.GetBytes(mht), "multipart/related"));
        Assert.Null(ImportedHtml.FromPart(Encoding.ASCII.GetBytes("Content-Type: multipart/related; boundary=x\n\n--x\nContent-Type: image/png\n\n\u0089PNG"), "message/rfc822"));
        Assert.Null(ImportedHtml.FromPart([0x7B, 0x5C, 0x72, 0x74, 0x66], "application/rtf"));
    }

    [Fact]
    public void An_alt_chunk_is_read_where_it_stands_between_the_document_s_own_paragraphs()
    {
        var docx = DocxWithAltChunk(
            "text/html",
            Encoding.UTF8.GetBytes("<html><body><table><tr><td>Subscriber Name</td><td>Acme Ltd</td></tr></table><p>Imported line</p></body></html>"));

        var explained = new FormReader().Explain(docx);

        Assert.Equal(
            "[paragraphs 1]\n    0: @0 Before the chunk\n[table 2]\n    0: @0 Subscriber Name | @1 Acme Ltd\n[paragraphs 3]\n    0: @0 Imported line\n[paragraphs 4]\n    0: @0 After the chunk\n",
            explained.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("√")]
    [InlineData("✓")]
    [InlineData("[x]")]
    [InlineData("1")]
    public void A_box_named_after_a_service_counts_any_tick_typed_in_it_where_no_code_is_printed(string tick)
    {
        var html = $"""
            <html><body><p>Appendix A – Intention Form for Using HSN to participate Practice Session</p><table>
            <tr><td>Subscriber Name</td><td><input type=text name=subscriber_name value="Acme Securities Ltd"></td></tr>
            <tr><td>HSN Subscriber ID</td><td><input type=text name=subscriber_id value="HSN0427"></td></tr>
            <tr><td>Contact Person</td><td><input type=text name=contact_name value="Chan Tai Man"></td></tr>
            <tr><td>Telephone</td><td><input type=text name=contact_phone value="2211 6080"></td></tr>
            <tr><td>Email</td><td><input type=text name=contact_email value="tm.chan@acme.com.hk"></td></tr>
            <tr><td>We will / will not participate in PS2 using HSN</td><td>Will participate</td></tr>
            </table>
            <p>Services to be verified: <input type=text name="OTP-C" value="{tick}"> <input type=text name="OTP-CSC" value="☐"> <input type=text name="OMD-C" value="No"></p>
            </body></html>
            """;

        var result = new FormReader().Read("web-form.docx", DocxWithAltChunk("text/html", Encoding.UTF8.GetBytes(html)));

        Assert.Equal(["OTP-C"], result["services"] as IEnumerable<string>);
    }

    [Fact]
    public void An_alt_chunk_that_is_not_html_or_cannot_be_decoded_is_skipped()
    {
        var reader = new FormReader();

        Assert.DoesNotContain("not readable", reader.Explain(DocxWithAltChunk("message/rfc822", [0xFF, 0x00, 0xD8, 0x2D, 0x2D])), StringComparison.Ordinal);
        Assert.DoesNotContain("not readable", reader.Explain(DocxWithAltChunk("application/rtf", Encoding.ASCII.GetBytes("{\\rtf1 x}"))), StringComparison.Ordinal);
        Assert.Equal(FormStatus.Unrecognised, reader.Read("odd.docx", DocxWithAltChunk("message/rfc822", Encoding.ASCII.GetBytes("Content-Type: multipart/related; boundary=\"\"\r\n\r\n--\r\n"))).Status);
    }

    [Fact]
    public void An_alt_chunk_with_more_text_than_any_form_is_refused_as_too_large()
    {
        var reader = new FormReader(Forms.Catalog.FormCatalog.Default, new FormReaderOptions { MaxXmlCharacters = 64 * 1024 });

        var result = reader.Read("big.docx", DocxWithAltChunk("text/html", Encoding.ASCII.GetBytes("<p>" + new string('x', 100 * 1024) + "</p>")));

        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
    }

    private static byte[] DocxWithAltChunk(string chunkType, byte[] chunk)
    {
        const string document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <w:body><w:p><w:r><w:t>Before the chunk</w:t></w:r></w:p><w:altChunk r:id="chunk1"/><w:p><w:r><w:t>After the chunk</w:t></w:r></w:p></w:body>
            </w:document>
            """;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }

            Add("[Content_Types].xml", Encoding.UTF8.GetBytes($"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/chunk.bin" ContentType="{chunkType}"/></Types>"""));
            Add("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""));
            Add("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="chunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.bin"/></Relationships>"""));
            Add("word/document.xml", Encoding.UTF8.GetBytes(document));
            Add("word/chunk.bin", chunk);
        }

        return buffer.ToArray();
    }
}

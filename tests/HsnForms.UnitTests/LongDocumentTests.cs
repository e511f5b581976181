using System.Text;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// A long Word document (a manual, a report, a table of data) that has shown nothing of a form by far
/// past where any form ends is left unread from there: it cannot become a form by reading further. One
/// that names a form, or starts with one, is read as before. Text the layout makes by repeating a short
/// file's text (nested tables, nested content controls) is held to a budget, as a workbook's is.
/// </summary>
public sealed class LongDocumentTests
{
    private static readonly FormReader s_reader = new();

    // A small text budget, so that what lies past the early stop would be refused if it were read.
    private static readonly FormReader s_smallBudget = new(FormCatalog.Default, new FormReaderOptions { MaxTextCharacters = 256 * 1024 });

    private static readonly string[][] s_form =
    [
        ["HSN Subscriber ID", "HSN0427"], ["Subscriber Name", "Acme Securities Ltd"], ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"], ["Email", "tm.chan@acme.com.hk"], ["OTP-C", "Successful"], ["OMD-C", "Not tested"],
    ];

    public static TheoryData<string> Shapes => ["paragraphs", "table"];

    /// <summary>
    /// Text that names no form, as two producers write it: Word's paragraphs of several runs with
    /// revision ids and properties, or a converter's (pandoc, LibreOffice) table of data, one row a record.
    /// </summary>
    private static string Filler(string shape, int count)
    {
        var xml = new StringBuilder();
        if (shape == "paragraphs")
        {
            for (var i = 0; i < count; i++)
            {
                xml.Append($"""<w:p w:rsidR="00A1{i % 10}B2C"><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Clause {i}.</w:t></w:r><w:r><w:t xml:space="preserve"> The tenant shall keep the premises in good repair.</w:t></w:r></w:p>""");
            }

            return xml.ToString();
        }

        xml.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"Table\"/></w:tblPr>");
        for (var i = 0; i < count / 4; i++)
        {
            xml.Append("<w:tr>");
            foreach (var cell in new[] { $"Order {i}", "Widgets", $"{i * 3}", "Shipped" })
            {
                xml.Append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").Append(P(cell)).Append("</w:tc>");
            }

            xml.Append("</w:tr>");
        }

        return xml.Append("</w:tbl>").ToString();
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_long_document_that_shows_nothing_of_a_form_is_not_read_to_its_end(string shape)
    {
        // Past the filler, more text than the budget allows: read to the end, the file would be too large.
        var document = Docx(Filler(shape, 12_000), P(new string('x', 300 * 1024)));

        var result = s_smallBudget.Read("manual.docx", document);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_long_document_that_names_the_form_early_is_read_to_the_form_at_its_end(string shape)
    {
        // A circular that names its form at the top, its appendices, and the form last.
        var document = Docx(
            P("Circular: Using HSN to participate Practice Session. Please return the Result Form below."),
            Filler(shape, 12_000),
            P("Result Form for Using HSN to participate Practice Session"),
            Table(s_form));

        var result = s_reader.Read("circular.docx", document);

        Assert.Equal("result", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_form_at_the_top_of_a_long_document_is_still_read(string shape)
    {
        var document = Docx(Table(s_form), Filler(shape, 12_000));

        var result = s_reader.Read("form.docx", document);

        Assert.Equal("result", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Fact]
    public void Tables_nested_in_cells_that_repeat_their_text_far_beyond_a_form_are_too_large()
    {
        // Each table's text is also what the cell around it says: 60 levels repeat the inner text 60 times.
        var xml = new StringBuilder();
        for (var i = 0; i < 60; i++)
        {
            xml.Append("<w:tbl><w:tr><w:tc>");
        }

        xml.Append(P(new string('x', 8 * 1024)));
        for (var i = 0; i < 60; i++)
        {
            xml.Append("<w:p/></w:tc></w:tr></w:tbl>");
        }

        var result = s_smallBudget.Read("nested.docx", Docx(xml.ToString()));

        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Content_controls_nested_that_repeat_their_text_far_beyond_a_form_are_too_large()
    {
        // A control's text is also its outer control's: 100 levels repeat the inner text 100 times.
        var xml = new StringBuilder("<w:p>");
        for (var i = 0; i < 100; i++)
        {
            xml.Append($"<w:sdt><w:sdtPr><w:tag w:val=\"c{i}\"/></w:sdtPr><w:sdtContent>");
        }

        xml.Append($"<w:r><w:t>{new string('x', 4 * 1024)}</w:t></w:r>");
        for (var i = 0; i < 100; i++)
        {
            xml.Append("</w:sdtContent></w:sdt>");
        }

        var result = s_smallBudget.Read("controls.docx", Docx(xml.Append("</w:p>").ToString()));

        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void The_same_text_read_once_is_within_the_budget()
    {
        // The nested cases' text, once and flat: the budget counts repetition, not a long paragraph.
        var result = s_smallBudget.Read("flat.docx", Docx(P(new string('x', 100 * 1024))));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
    }
}

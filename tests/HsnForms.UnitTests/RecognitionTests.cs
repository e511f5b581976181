using System.Text;
using System.Text.Json.Nodes;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// A document is a form on evidence: the form's title, or enough of the form's own labels and answers
/// (forms.json says which and how many). Generic labels never make a document a form. The look-alike
/// corpus (tests/assets/lookalikes) holds whole documents of this family; these tests pin the rule.
/// </summary>
public sealed class RecognitionTests
{
    private static readonly FormReader s_reader = new();

    private static readonly string[][] s_generic =
    [
        ["Company", "Kowloon Brokerage Ltd"],
        ["Contact Person", "Lee Ka Yan"],
        ["Telephone", "3111 2222"],
        ["Email", "ky.lee@kowloon.example"],
        ["Date", "25/11/2023"],
    ];

    public static TheoryData<string> Producers => Formats;

    private static byte[] Document(string format, params string[][] rows) => Rows(format, rows);

    [Theory]
    [MemberData(nameof(Producers))]
    public void Generic_labels_and_result_words_alone_are_not_a_form(string format)
    {
        var document = Document(format, [.. s_generic, ["Results", "Pass"], ["Test case 1", "Successful"], ["Remarks", "none"]]);

        var result = s_reader.Read("report." + format, document);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void The_form_s_own_labels_and_answers_make_it_the_form_without_its_title(string format)
    {
        // The subscriber ID in the form's words, and a result against one of the circular's services.
        var document = Document(format, [.. s_generic, ["HSN Subscriber ID", "HSN0427"], ["OTP-C", "Successful"], ["OMD-C", "Not tested"]]);

        var result = s_reader.Read("result." + format, document);

        Assert.Equal("result", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void One_piece_of_the_form_s_own_evidence_is_not_enough_without_its_title(string format)
    {
        var document = Document(format, [.. s_generic, ["OTP-C", "Successful"]]);

        Assert.Equal(FormStatus.Unrecognised, s_reader.Read("result." + format, document).Status);
    }

    [Fact]
    public void A_covering_letter_that_names_the_form_is_not_the_form()
    {
        var letter = Docx(
            P("Dear Service Desk,"),
            P("Please find attached our Result Form for Using HSN to participate Practice Session."),
            Table(["Company", "Kowloon Brokerage Ltd"], ["Date", "25/11/2023"]),
            P("Yours faithfully"));

        Assert.Equal(FormStatus.Unrecognised, s_reader.Read("letter.docx", letter).Status);
    }

    [Fact]
    public void The_form_s_title_with_the_subscriber_named_in_the_form_s_words_is_the_form()
    {
        var form = Docx(
            P("Result Form for Using HSN to participate Practice Session"),
            Table(["Subscriber Name", "Kowloon Brokerage Ltd"], ["Date", "25/11/2023"]));

        var result = s_reader.Read("form.docx", form);

        Assert.Equal("result", result.Form);
        Assert.Equal(FormStatus.Incomplete, result.Status);
    }

    [Fact]
    public void How_much_evidence_a_form_needs_is_data_in_forms_json()
    {
        using var stream = typeof(FormCatalog).Assembly.GetManifestResourceStream("HsnForms.Forms.Definitions.forms.json")!;
        var json = JsonNode.Parse(stream)!;
        foreach (var form in json["forms"]!.AsArray())
        {
            form!["labels_needed"] = 3;
        }

        var stricter = new FormReader(FormCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))), new FormReaderOptions());
        var document = Document("docx", [.. s_generic, ["HSN Subscriber ID", "HSN0427"], ["OTP-C", "Successful"]]);

        Assert.Equal("result", s_reader.Read("result.docx", document).Form);
        Assert.Equal(FormStatus.Unrecognised, stricter.Read("result.docx", document).Status);
    }
    /// <summary>
    /// Office templates and business papers that print generic labels, some with tick boxes or the word
    /// "Form" on them: each is laid out as a Word table or an Excel sheet by <see cref="Producers"/>.
    /// </summary>
    public static TheoryData<string, string> Templates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var format in new[] { "docx", "xlsx" })
            {
                foreach (var template in s_templates.Keys)
                {
                    data.Add(template, format);
                }
            }

            return data;
        }
    }

    private static readonly Dictionary<string, string[][]> s_templates = new()
    {
        ["fax cover sheet"] =
        [
            ["FAX"], ["To:", "Lee Ka Yan"], ["From:", "Chan Tai Man"], ["Company:", "Kowloon Brokerage Ltd"], ["Fax:", "2111 3333"],
            ["Phone:", "2111 4444"], ["Pages:", "3"], ["Date:", "25/11/2023"], ["Re:", "Quarterly figures"], ["CC:", "Accounts"],
            ["☐ Urgent", "☒ For Review", "☐ Please Comment", "☒ Please Reply", "☐ Please Recycle"],
        ],
        ["memo"] =
        [
            ["Memo"], ["To:", "All staff"], ["From:", "Office manager"], ["CC:", "Directors"], ["Date:", "25/11/2023"],
            ["Re:", "Test of the new telephone system"], ["The telephone system will be tested on Saturday; results will follow."],
        ],
        ["report template"] =
        [
            ["Critical Issue Report"], ["Issue", "Login fails after upgrade"], ["Date", "Method"], ["Owner", "Chan Tai Man"],
            ["Status", "Open"], ["Services", "Trading, Market data"], ["Results", "Unsuccessful"], ["Remarks", "Rolled back"],
        ],
        ["requirements document"] =
        [
            ["Marketing Requirements Document"], ["Product", "Widget 2"], ["Author", "Lee Ka Yan"], ["Date", "25/11/2023"],
            ["Version", "1.2"], ["System", "Web shop"], ["Test Result", "Pass"], ["Signature", ""],
        ],
        ["contact form"] =
        [
            ["Contact Form"], ["Name", "Lee Ka Yan"], ["Company", "Kowloon Brokerage Ltd"], ["Phone", "2111 4444"],
            ["E-mail", "ky.lee@kowloon.example"], ["Date", "25/11/2023"], ["☒ Subscribe", "☐ Unsubscribe"],
        ],
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_template_with_generic_labels_and_tick_boxes_is_not_a_form(string template, string format)
    {
        var result = s_reader.Read(template + "." + format, Document(format, s_templates[template]));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_workbook_whose_page_header_says_form_is_not_a_form_on_its_contact_labels()
    {
        var sheet = new System.Text.StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        string[][] rows = [["Contact", "Lee Ka Yan"], ["Phone", "2111 4444"], ["E-mail", "ky.lee@kowloon.example"], ["Date", "25/11/2023"]];
        for (var r = 0; r < rows.Length; r++)
        {
            sheet.Append($"<row r=\"{r + 1}\">").AppendJoin("", rows[r].Select((t, c) => $"<c r=\"{(char)('A' + c)}{r + 1}\" t=\"inlineStr\"><is><t>{E(t)}</t></is></c>")).Append("</row>");
        }

        sheet.Append("</sheetData><headerFooter><oddHeader>&amp;CForm</oddHeader></headerFooter></worksheet>");

        Assert.Equal(FormStatus.Unrecognised, s_reader.Read("header.xlsx", Workbook(sheet.ToString())).Status);
    }
}

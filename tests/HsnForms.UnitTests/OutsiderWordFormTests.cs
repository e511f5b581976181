using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HsnForms.UnitTests;

/// <summary>
/// Word forms retyped by people who never saw our template (holdout corpora 9 and 11), each family as a
/// general rule, on files from more than one producer: hand-written WordprocessingML, the Open XML SDK
/// (as Word-like tools write it) and, where the idiom exists there too, a worksheet.
/// </summary>
public sealed class OutsiderWordFormTests
{
    private static readonly FormReader s_reader = new();

    private const string IntentionTitle = "Appendix A – Intention Form for Using HSN to participate Practice Session";
    private const string ResultTitle = "Appendix B – Result Form for Using HSN to participate Practice Session";

    public static TheoryData<string> Producers => ["wordxml", "sdk", "xlsx"];

    public static TheoryData<string> WordProducers => ["wordxml", "sdk"];

    /// <summary>A body item: a paragraph (string) or a table (string[][]).</summary>
    private static byte[] Word(string producer, object[] body, string[]? header = null)
    {
        return producer == "sdk" ? Sdk(body, header) : HandXml(body, header);
    }

    private static byte[] HandXml(object[] body, string[]? header)
    {
        var xml = string.Concat(body.Select(item => item is string line ? P(line) : Table((string[][])item)));
        return header is null ? Docx(xml) : DocxWithHeader(xml, string.Concat(header.Select(P)));
    }

    /// <summary>As tools built on the Open XML SDK write a document: styled runs, a header part of its own.</summary>
    private static byte[] Sdk(object[] body, string[]? header)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var content = new W.Body();
            foreach (var item in body)
            {
                if (item is string line)
                {
                    content.Append(SdkParagraph(line));
                    continue;
                }

                var table = new W.Table(new W.TableProperties(new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct }));
                foreach (var row in (string[][])item)
                {
                    table.Append(new W.TableRow(row.Select(cell => new W.TableCell(SdkParagraph(cell)))));
                }

                content.Append(table);
            }

            var section = new W.SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new W.Header(header.Select(SdkParagraph));
                section.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            content.Append(section);
            main.Document = new W.Document(content);
        }

        return stream.ToArray();
    }

    private static W.Paragraph SdkParagraph(string text) =>
        new(new W.Run(new W.RunProperties(new W.RunFonts { Ascii = "Arial" }), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static byte[] Form(string producer, params object[] items)
    {
        if (producer != "xlsx")
        {
            return Word(producer, items);
        }

        var rows = new List<string?[]>();
        foreach (var item in items)
        {
            if (item is string line)
            {
                rows.Add([line]);
            }
            else
            {
                rows.AddRange(((string[][])item).Select(r => r.Select(c => (string?)c).ToArray()));
            }
        }

        return Xlsx([.. rows]);
    }

    private static string Read(string producer) => "a." + (producer == "xlsx" ? "xlsx" : "docx");

    private static readonly string[][] s_resultDetails =
    [
        ["Subscriber Name", "North Point Securities Limited"],
        ["Subscriber ID", "HSN4415"],
        ["Contact Person", "Siu Ka Yan"],
        ["Telephone", "2565 0890"],
        ["Email", "kayan.siu@npsec.com.hk"],
    ];

    private static readonly string[][] s_intentionDetails = s_resultDetails;

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_service_ticked_as_verified_with_no_result_leaves_the_results_missing(string producer)
    {
        var document = Form(producer, ResultTitle, s_resultDetails,
            "Services verified during PS2: ☒ OTP-C   ☒ OTP-CSC   ☒ OMD-C   ☐ OMD-CC",
            new[] { new[] { "System", "Successful", "Unsuccessful", "Not tested" }, ["OTP-C", "☒", "☐", "☐"], ["OTP-CSC", "☒", "☐", "☐"], ["OMD-C", "☐", "☐", "☐"], ["OMD-CC", "☐", "☐", "☐"] });

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p is { Code: "missing", Field: "results" } && p.Message.Contains("OMD-C", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("OTP-CSC is", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Every_verified_service_with_a_result_is_complete(string producer)
    {
        var document = Form(producer, ResultTitle, s_resultDetails,
            "Services verified during PS2: ☒ OTP-C   ☐ OTP-CSC   ☐ OMD-C   ☐ OMD-CC",
            new[] { new[] { "System", "Successful", "Unsuccessful", "Not tested" }, ["OTP-C", "☐", "☒", "☐"] });

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(WordProducers))]
    public void A_letterhead_id_in_the_page_header_that_differs_from_the_form_makes_the_id_ambiguous(string producer)
    {
        var document = Word(producer, [ResultTitle, "Ref. No.: HDS/23/1109", s_resultDetails, new[] { new[] { "Service", "Result" }, ["OTP-C", "Successful"] }],
            header: ["North Point Securities Limited", "2/F, 88 Des Voeux Road West, Hong Kong  |  HSN Subscriber ID: HSN4451"]);

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p is { Code: "ambiguous", Field: "subscriber_id" });
        Assert.Null(result["subscriber_id"]);
    }

    [Theory]
    [MemberData(nameof(WordProducers))]
    public void A_letterhead_in_the_page_header_gives_the_reference_but_not_the_contact_details(string producer)
    {
        var document = Word(producer, [ResultTitle, s_resultDetails, new[] { new[] { "Service", "Result" }, ["OTP-C", "Successful"] }],
            header: ["NORTH POINT SECURITIES LIMITED", "Tel: 2511 0000 Fax: 2511 0001 Email: info@npsec.com.hk", "Our ref: HDS/23/1109    Page 1", "HSN Subscriber ID: HSN4415"]);

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("2565 0890", result["contact_phone"]);
        Assert.Equal("kayan.siu@npsec.com.hk", result["contact_email"]);
        Assert.Equal("HDS/23/1109", result["circular_ref"]);
        Assert.Equal("HSN4415", result["subscriber_id"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Two_ids_in_the_id_answer_are_ambiguous_not_invalid(string producer)
    {
        var document = Form(producer, IntentionTitle,
            new[] { new[] { "Subscriber Name", "Tai Koo Brokerage Limited" }, ["Subscriber ID", "HSN1618 / HSN1681"], ["Contact Person", "Siu Wai Kwan"], ["Telephone", "2567 8800"], ["Email", "wk.siu@tkb.com.hk"] },
            "☒ We will participate in PS2 using HSN", "☐ We will not participate in PS2", "Services to be verified:", "☒ OTP-C", "☐ OMD-C");

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p is { Code: "ambiguous", Field: "subscriber_id" });
        Assert.DoesNotContain(result.Problems, p => p is { Code: "invalid", Field: "subscriber_id" });
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void One_id_written_twice_the_same_is_one_value_and_a_short_one_still_invalid(string producer)
    {
        var twice = s_reader.Read(Read(producer), Form(producer, IntentionTitle, new[] { new[] { "Subscriber ID", "HSN1618 (HSN1618)" }, ["Subscriber Name", "Tai Koo Brokerage Limited"] }));
        var shortId = s_reader.Read(Read(producer), Form(producer, IntentionTitle, new[] { new[] { "Subscriber ID", "HSN427" }, ["Subscriber Name", "Tai Koo Brokerage Limited"] }));

        Assert.Contains(twice.Problems, p => p is { Code: "invalid", Field: "subscriber_id" });
        Assert.Contains(shortId.Problems, p => p is { Code: "invalid", Field: "subscriber_id" });
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_reference_followed_by_other_text_on_its_line_ends_where_its_shape_ends(string producer)
    {
        var document = Form(producer, "Your ref: HDS/23/1109 Our ref: WCC/IT/2023/118", IntentionTitle, s_intentionDetails,
            "☒ We will participate in PS2 using HSN", "Services to be verified:", "☒ OTP-C", "Ref. No. HDS/23/1109 Page 1");

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal("HDS/23/1109", result["circular_ref"]);
        Assert.DoesNotContain(result.Problems, p => p.Field == "circular_ref");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_reference_with_no_start_of_a_references_shape_is_not_read(string producer)
    {
        var result = s_reader.Read(Read(producer), Form(producer, IntentionTitle, "Ref: our letter of 20 November", s_intentionDetails));

        Assert.Null(result["circular_ref"]);
    }

    /// <summary>"We will / will not* participate" with "will" struck, the star pointing to "* Please delete as appropriate".</summary>
    [Theory]
    [MemberData(nameof(WordProducers))]
    public void A_struck_choice_with_a_footnote_star_leaves_the_other_choice(string producer)
    {
        var details = Table(s_intentionDetails);
        string Struck(string text) => producer == "sdk"
            ? $"<w:r><w:rPr><w:rFonts w:ascii=\"Arial\"/><w:strike w:val=\"true\"/></w:rPr><w:t>{E(text)}</w:t></w:r>"
            : $"<w:r><w:rPr><w:strike/></w:rPr><w:t>{E(text)}</w:t></w:r>";
        string Plain(string text) => $"<w:r><w:t xml:space=\"preserve\">{E(text)}</w:t></w:r>";

        var declines = Docx(P(IntentionTitle), details, $"<w:p>{Plain("We ")}{Struck("will")}{Plain(" / will not* participate in PS2 using HSN.")}</w:p>", P("* Please delete as appropriate"));
        var joins = Docx(P(IntentionTitle), details, $"<w:p>{Plain("We will / ")}{Struck("will not")}{Plain("* participate in PS2 using HSN.")}</w:p>", P("Services to be verified: ☒ OTP-C"), P("* Please delete as appropriate"));

        Assert.Equal(false, s_reader.Read("a.docx", declines)["participate"]);
        Assert.Equal(true, s_reader.Read("a.docx", joins)["participate"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_sub_label_in_the_value_under_a_heading_is_not_part_of_the_value(string producer)
    {
        var document = Form(producer, ResultTitle, s_resultDetails, new[] { new[] { "Service", "Result" }, ["OTP-C", "Successful"] },
            "Authorised Signatory", "Name: Ho Wing Chi", "Date: 27/11/2023");

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal("Ho Wing Chi", result["signatory_name"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Participation_answered_in_cells_under_its_question(string producer)
    {
        var yes = s_reader.Read(Read(producer), Form(producer, IntentionTitle, s_intentionDetails, "Will you participate in PS2 using HSN?",
            new[] { new[] { "Yes", "☒", "No", "☐" } }, "Services to be verified:", "☒ OTP-C"));
        var no = s_reader.Read(Read(producer), Form(producer, IntentionTitle, s_intentionDetails, "Will you participate in PS2 using HSN?",
            new[] { new[] { "Yes", "☐", "No", "☒" } }));

        Assert.Equal(true, yes["participate"]);
        Assert.Equal(false, no["participate"]);
        Assert.Equal(FormStatus.Complete, no.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_question_with_a_box_after_each_answer_word(string producer)
    {
        var no = s_reader.Read(Read(producer), Form(producer, IntentionTitle, s_intentionDetails, "Will you participate in PS2 using HSN? Yes ☐ No ☒"));
        var yes = s_reader.Read(Read(producer), Form(producer, IntentionTitle, s_intentionDetails, "Will you participate in PS2 using HSN? Yes ☒ No ☐", "Services to be verified: ☒ OTP-C"));

        Assert.Equal(false, no["participate"]);
        Assert.Equal(FormStatus.Complete, no.Status);
        Assert.Equal(true, yes["participate"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Initials_in_a_column_that_asks_for_them_are_ticks(string producer)
    {
        var document = Form(producer, IntentionTitle, s_intentionDetails,
            new[] { new[] { "Participation", "Initial / Tick" }, ["Yes, we will participate in PS2 using HSN", "CKW"], ["No, we will not participate", ""] },
            new[] { new[] { "Service", "Initial / Tick" }, ["OTP-C", "CKW"], ["OTP-CSC", "C.K.W."], ["OMD-C", ""], ["OMD-CC", ""] });

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(new[] { "OTP-C", "OTP-CSC" }, Assert.IsAssignableFrom<IEnumerable<string>>(result["services"]));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Capitals_in_a_column_of_remarks_or_with_every_row_filled_are_not_ticks(string producer)
    {
        var remarks = s_reader.Read(Read(producer), Form(producer, IntentionTitle, s_intentionDetails, "☒ We will participate in PS2 using HSN",
            new[] { new[] { "Service", "Remarks" }, ["OTP-C", "CKW"], ["OMD-C", ""] }));
        var everyRow = s_reader.Read(Read(producer), Form(producer, IntentionTitle, s_intentionDetails, "☒ We will participate in PS2 using HSN",
            new[] { new[] { "Service", "Initial" }, ["OTP-C", "CKW"], ["OMD-C", "CKW"] }));

        Assert.Null(remarks["services"]);
        Assert.Null(everyRow["services"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_sentence_naming_a_result_does_not_overrule_the_results_grid(string producer)
    {
        var document = Form(producer,
            "CORRECTION – this form replaces our Result Form sent on 25/11/2023 (OMD-CC was wrongly marked unsuccessful).",
            ResultTitle, s_resultDetails,
            new[] { new[] { "Service", "Successful", "Unsuccessful", "Not Tested" }, ["OTP-C", "X", "", ""], ["OMD-CC", "X", "", ""] });

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("successful", Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(result["results"])["OMD-CC"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void The_reference_in_brackets_in_a_retyped_heading_or_a_letters_subject_line(string producer)
    {
        var heading = s_reader.Read(Read(producer), Form(producer, "Appendix A - Intention Form for using HSN to participate in Practice Session (Ref: HDS/23/1109)", s_intentionDetails));
        var subject = s_reader.Read(Read(producer), Form(producer, "Re: Appendix A – Intention Form (Ref. No. HDS/23/1109)", s_intentionDetails));
        var notShaped = s_reader.Read(Read(producer), Form(producer, "Appendix A – Intention Form (Ref: see our letter)", s_intentionDetails));

        Assert.Equal("HDS/23/1109", heading["circular_ref"]);
        Assert.Equal("HDS/23/1109", subject["circular_ref"]);
        Assert.Null(notShaped["circular_ref"]);
    }

    /// <summary>A letter is a Word document: the statement is read from paragraphs, not from a sheet's cells.</summary>
    [Theory]
    [MemberData(nameof(WordProducers))]
    public void A_form_answered_as_a_letter_gives_the_services_it_names_and_not_those_it_declines(string producer)
    {
        var document = Form(producer,
            "Admiralty Securities Limited",
            "HKEX Hosting Services Limited – Service Desk",
            "By email: hsservicedesk@hkex.com.hk",
            "Re: Appendix A – Intention Form for Using HSN to participate Practice Session (Ref. No. HDS/23/1109)",
            "We confirm that we will participate in the Practice Session (PS2) on 25 November 2023 using HSN for the following systems: OTP-C and OMD-C. We do not subscribe to OTP-CSC or OMD-CC.",
            "Subscriber Name: Admiralty Securities Limited",
            "HSN Subscriber ID: HSN1152",
            "Contact Person: Ms Lau Ka Yee",
            "Tel: 2899 1212",
            "Email: ky.lau@admiraltysec.com.hk",
            "Date: 22/11/2023");

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(new[] { "OTP-C", "OMD-C" }, Assert.IsAssignableFrom<IEnumerable<string>>(result["services"]));
        Assert.Equal("ky.lau@admiraltysec.com.hk", result["contact_email"]);
        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_letter_that_declines_names_no_service(string producer)
    {
        var document = Form(producer, "Re: Appendix A – Intention Form for Using HSN to participate Practice Session",
            "We will not participate in the Practice Session; our OTP-C and OMD-C lines are being relocated.",
            "Subscriber Name: Admiralty Securities Limited", "HSN Subscriber ID: HSN1152", "Contact Person: Ms Lau Ka Yee", "Tel: 2899 1212", "Email: ky.lau@admiraltysec.com.hk");

        var result = s_reader.Read(Read(producer), document);

        Assert.Equal(false, result["participate"]);
        Assert.Null(result["services"]);
    }
}

using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// How people fill the intention form in when nobody showed them the template (issue 9, holdout16):
/// services given by exception ("everything except OMD-CC"), labels in another wording or abbreviated
/// ("Contact Prsn", "Subscr. ID", "Dt."), and a choice typed as a sentence in the answer cell.
/// </summary>
public sealed class HowPeopleWriteFormsTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private const string IntentionTitle = "Appendix A – Intention Form for Using HSN to participate Practice Session";

    private static byte[] Intention(string format, params string[][] more) => Rows(format,
    [
        [IntentionTitle],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        ["Participation", "Yes"],
        .. more,
    ]);

    public static TheoryData<string, string, string[]> Exceptions => new()
    {
        { "docx", "everything except OMD-CC", ["OTP-C", "OTP-CSC", "OMD-C"] },
        { "xlsx", "everything except OMD-CC", ["OTP-C", "OTP-CSC", "OMD-C"] },
        { "docx", "All but OTP-CSC", ["OTP-C", "OMD-C", "OMD-CC"] },
        { "xlsx", "all services other than OMD-C and OMD-CC", ["OTP-C", "OTP-CSC"] },
        { "docx", "Except OTP-C", ["OTP-CSC", "OMD-C", "OMD-CC"] },
        { "xlsx", "excluding OMD-CC", ["OTP-C", "OTP-CSC", "OMD-C"] },
        { "docx", "除OMD-CC以外", ["OTP-C", "OTP-CSC", "OMD-C"] },
        { "xlsx", "除了OTP-CSC之外的全部服務", ["OTP-C", "OMD-C", "OMD-CC"] },
        { "docx", "OTP-C, OMD-C but not OMD-CC", ["OTP-C", "OMD-C"] },
        { "xlsx", "All services, OMD-CC excluded", ["OTP-C", "OTP-CSC", "OMD-C"] },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Services_given_by_exception_are_the_others_not_the_ones_named(string format, string answer, string[] expected)
    {
        var result = s_reader.Read("a." + format, Intention(format, ["Services to be verified", answer]));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(expected, result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void An_exception_whose_rest_cannot_be_told_is_in_doubt_never_the_service_named(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, ["Services to be verified", "None except possibly OMD-CC"]));

        Assert.NotEqual(FormStatus.Complete, result.Status);
        Assert.Null(result["services"]);
        Assert.Contains(result.Problems, p => p.Field == "services" && p.Code == "ambiguous");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void An_exception_that_leaves_nothing_is_in_doubt(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, ["Services to be verified", "OMD-CC except OMD-CC"]));

        Assert.Null(result["services"]);
        Assert.Contains(result.Problems, p => p.Field == "services" && p.Code == "ambiguous");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_ticked_line_of_all_services_but_one_is_the_others(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, ["Services to be verified", "☒ All services except OTP-CSC"]));

        Assert.Equal(["OTP-C", "OMD-C", "OMD-CC"], result["services"] as IEnumerable<string>);
    }

    [Fact]
    public void A_sentence_naming_all_services_but_one_is_the_others()
    {
        var document = Docx(
            P(IntentionTitle),
            P("Subscriber Name: Acme Securities Ltd"),
            P("HSN Subscriber ID: HSN0427"),
            P("Contact Person: Chan Tai Man"),
            P("Telephone: 2211 6080"),
            P("Email: tm.chan@acme.com.hk"),
            P("We will participate in PS2 using HSN."),
            P("We will verify all services except OMD-CC."));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(["OTP-C", "OTP-CSC", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Services_named_with_an_ampersand_and_only_are_the_services(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, ["Services to be verified", "OTP-C & OMD-C only"]));

        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Services_under_a_Chinese_label_for_the_services_tested_are_the_services(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format,
            ["附錄A – 使用HSN參與演習意向表格"],
            ["公司名稱", "旺角證券有限公司"],
            ["用戶編號", "ＨＳＮ０５１８"],
            ["聯絡人", "陳大文"],
            ["電話", "2388 1234"],
            ["電郵", "dm.chan@mksec.com.hk"],
            ["參與", "是"],
            ["測試服務", "OTP-C & OMD-C only"]));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Fact]
    public void Chinese_labels_with_full_width_colons_in_paragraphs_give_their_answers()
    {
        var document = Docx(
            P("附錄A – 使用HSN參與演習意向表格"),
            P("公司名稱：旺角證券有限公司"),
            P("用戶編號：ＨＳＮ０５１８"),
            P("聯絡人：陳大文"),
            P("電話：2388 1234"),
            P("電郵：dm.chan@mksec.com.hk"),
            P("參與：是"),
            P("测试服务：OTP-C & OMD-C only"));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HSN0518", result["subscriber_id"]);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Abbreviated_labels_give_their_fields(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format,
            [IntentionTitle],
            ["Subscr. Name", "Chai Wan Securities Ltd"],
            ["Subscr. ID", "HSN0427"],
            ["Contact Prsn", "Lee Ka Ming"],
            ["Tel no.", "2345 6789"],
            ["E-mail addr", "km.lee@chaiwansec.com.hk"],
            ["Participation", "Yes"],
            ["Services to be verified", "All"],
            ["Auth. Signatory", "Wong Siu Fung"],
            ["Dt.", "22/11/2023"]));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("Chai Wan Securities Ltd", result["subscriber_name"]);
        Assert.Equal("HSN0427", result["subscriber_id"]);
        Assert.Equal("Lee Ka Ming", result["contact_name"]);
        Assert.Equal("km.lee@chaiwansec.com.hk", result["contact_email"]);
        Assert.Equal(new DateOnly(2023, 11, 22), result["signed_date"]);
    }

    [Fact]
    public void Abbreviated_labels_in_label_colon_value_lines_give_their_fields()
    {
        var document = Docx(
            P("Appendix B – Result Form for Using HSN to participate Practice Session"),
            P("Subscriber Name: LOHAS Park Securities Ltd"),
            P("Subscr. Code: HSN1509"),
            P("Contact Prsn: Yau Chun Hei"),
            P("Tel no.: 2702 3344 ext 21"),
            P("E-mail addr: ch.yau@lohassec.com.hk"),
            P("Sess. date: 25-11-2023"),
            P("OTP-C: Successful"));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal("HSN1509", result["subscriber_id"]);
        Assert.Equal("Yau Chun Hei", result["contact_name"]);
        Assert.Equal("ch.yau@lohassec.com.hk", result["contact_email"]);
        Assert.Equal(new DateOnly(2023, 11, 25), result["session_date"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_document_of_abbreviated_generic_labels_is_no_form(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format,
            ["Duty roster"],
            ["Contact Prsn", "Lee Ka Ming"],
            ["E-mail addr", "km.lee@chaiwansec.com.hk"],
            ["Subscr. ID", "HSN0427"],
            ["Dt.", "25/11/2023"]));

        Assert.Null(result.Form);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Answers_that_look_like_abbreviations_are_not_labels(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format,
            ["Services to be verified", "All"], ["Authorised Signatory", "Prsn Addr"], ["Date", "22/11/2023"]));

        Assert.Equal("Prsn Addr", result["signatory_name"]);
        Assert.Equal("Chan Tai Man", result["contact_name"]);
    }

    public static TheoryData<string, string, bool> TypedChoices => new()
    {
        { "docx", "We will participate", true },
        { "xlsx", "We will participate", true },
        { "docx", "We will not participate", false },
        { "xlsx", "We will not participate", false },
    };

    [Theory]
    [MemberData(nameof(TypedChoices))]
    public void A_choice_typed_as_a_sentence_beside_the_label_is_the_answer(string format, string typed, bool expected)
    {
        var result = s_reader.Read("a." + format, Rows(format,
            [IntentionTitle],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["HSN Subscriber ID", "HSN0427"],
            ["Contact Person", "Chan Tai Man"],
            ["Telephone", "2211 6080"],
            ["Email", "tm.chan@acme.com.hk"],
            ["Participation", typed],
            ["Services to be verified", "All"]));

        Assert.Equal(expected, result["participate"]);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Both_choices_printed_beside_the_label_with_none_marked_are_no_answer(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format,
            [IntentionTitle],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["HSN Subscriber ID", "HSN0427"],
            ["Participation", "We will participate", "We will not participate"],
            ["Services to be verified", "All"]));

        Assert.Null(result["participate"]);
    }
}

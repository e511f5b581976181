using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Templates;

namespace HsnForms.UnitTests;

public sealed class TemplateTests
{
    private static readonly FormReader s_reader = new();

    private static byte[] Template(string form, string format, Circular? circular = null)
    {
        circular ??= Circular.Default;
        using var stream = new MemoryStream();
        var definition = FormCatalog.Default.Find(form)!;
        if (format == "docx")
        {
            WordTemplateWriter.Write(stream, definition, circular, FormCatalog.Default);
        }
        else
        {
            ExcelTemplateWriter.Write(stream, definition, circular, FormCatalog.Default);
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("intention", "docx", new[] { "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "participate" })]
    [InlineData("intention", "xlsx", new[] { "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "participate" })]
    [InlineData("result", "docx", new[] { "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "results" })]
    [InlineData("result", "xlsx", new[] { "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "results" })]
    public void A_blank_template_is_recognised_and_every_required_field_is_missing(string form, string format, string[] required)
    {
        var result = s_reader.Read($"blank.{format}", Template(form, format));

        Assert.Equal(form, result.Form);
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Equal(required.Order(), result.Problems.Where(p => p.Code == "missing").Select(p => p.Field!).Order());
        Assert.Equal("HDS/23/1109", result["circular_ref"]);
        if (form == "result")
        {
            // The session date comes filled in from the circular; the subscriber changes it only if it differs.
            Assert.Equal(new DateOnly(2023, 11, 25), result["session_date"]);
            Assert.Equal(["circular_ref", "session_date"], result.Fields.Select(f => f.Key).Order());
        }
        else
        {
            Assert.Single(result.Fields);
        }
    }

    [Fact]
    public void An_intention_form_filled_in_Word_reads_back_exactly()
    {
        var filled = FormFiller.FillWord(Template("intention", "docx"), new Dictionary<string, string>
        {
            ["subscriber_name"] = "Acme  Securities Ltd ",
            ["subscriber_id"] = "hsn0427",
            ["contact_name"] = "Chan Tai Man",
            ["contact_phone"] = "+852 2211 6080",
            ["contact_email"] = "tm.chan@acme.com.hk",
            ["signatory_name"] = "Chan Tai Man",
            ["signed_date"] = "2023-11-20",
        }, ["participate:true", "services:OTP-C", "services:OMD-C"]);

        var result = s_reader.Read("intention.docx", filled);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("{\"circular_ref\":\"HDS/23/1109\",\"subscriber_name\":\"Acme Securities Ltd\",\"subscriber_id\":\"HSN0427\",\"contact_name\":\"Chan Tai Man\",\"contact_phone\":\"+852 2211 6080\",\"contact_email\":\"tm.chan@acme.com.hk\",\"signatory_name\":\"Chan Tai Man\",\"signed_date\":\"2023-11-20\",\"participate\":true,\"services\":[\"OTP-C\",\"OMD-C\"]}",
            FormResultJson.FieldsToJson(result.Fields));
    }

    [Fact]
    public void A_declining_intention_form_is_complete_without_services()
    {
        var filled = FormFiller.FillWord(Template("intention", "docx"), Contact(), ["participate:false"]);

        var result = s_reader.Read("intention.docx", filled);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(false, result["participate"]);
        Assert.Null(result["services"]);
    }

    [Fact]
    public void Ticking_both_participation_boxes_is_reported_not_guessed()
    {
        var filled = FormFiller.FillWord(Template("intention", "docx"), Contact(), ["participate:true", "participate:false", "services:OTP-C"]);

        var result = s_reader.Read("intention.docx", filled);

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p is { Field: "participate", Code: "ambiguous" });
    }

    [Fact]
    public void A_result_form_filled_in_Word_reads_back_exactly()
    {
        var values = new Dictionary<string, string>(Contact())
        {
            ["session_date"] = "2023-11-25",
            ["issues"] = "OMD-C gap fill was slow.",
            ["results:OTP-C"] = "Successful",
            ["results:OMD-C"] = "Unsuccessful",
            ["results:OMD-CC"] = "Not tested",
        };

        var result = s_reader.Read("result.docx", FormFiller.FillWord(Template("result", "docx"), values, []));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(new DateOnly(2023, 11, 25), result["session_date"]);
        Assert.Equal("OMD-C gap fill was slow.", result["issues"]);
        Assert.Equal(
            new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "unsuccessful", ["OMD-CC"] = "not_tested" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Fact]
    public void An_intention_form_filled_in_Excel_reads_back_exactly()
    {
        var filled = FormFiller.FillExcel(Template("intention", "xlsx"), new Dictionary<string, object>
        {
            ["subscriber_name"] = "Golden Harbour Brokerage Limited",
            ["subscriber_id"] = "HSN0112",
            ["contact_name"] = "Wong Siu Ming",
            ["contact_phone"] = 23456789.0,
            ["contact_email"] = "sm.wong@goldenharbour.com.hk",
            ["signed_date"] = new DateOnly(2023, 11, 24),
            ["participate"] = "Yes",
            ["services.OTP_C"] = "Yes",
            ["services.OTP_CSC"] = "No",
            ["services.OMD_CC"] = "Yes",
        });

        var result = s_reader.Read("intention.xlsx", filled);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("23456789", result["contact_phone"]);
        Assert.Equal(new DateOnly(2023, 11, 24), result["signed_date"]);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OTP-C", "OMD-CC"], (IEnumerable<string>)result["services"]!);
    }

    [Fact]
    public void A_result_form_filled_in_Excel_reads_back_exactly()
    {
        var values = new Dictionary<string, object>(Contact().ToDictionary(p => p.Key, p => (object)p.Value))
        {
            // A subscriber that tested on another day than the circular's writes over the date it gives.
            ["session_date"] = new DateOnly(2023, 11, 26),
            ["results.OTP_CSC"] = "Successful",
            ["results.OMD_C"] = "Not tested",
        };

        var result = s_reader.Read("result.xlsx", FormFiller.FillExcel(Template("result", "xlsx"), values));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(new DateOnly(2023, 11, 26), result["session_date"]);
        Assert.Equal(
            new Dictionary<string, string> { ["OTP-CSC"] = "successful", ["OMD-C"] = "not_tested" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Theory]
    [InlineData("intention", "docx")]
    [InlineData("result", "docx")]
    [InlineData("intention", "xlsx")]
    [InlineData("result", "xlsx")]
    public void Templates_are_valid_Office_Open_XML(string form, string format)
    {
        using var stream = new MemoryStream(Template(form, format));
        using OpenXmlPackage package = format == "docx" ? WordprocessingDocument.Open(stream, false) : SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void A_later_circular_with_other_services_needs_only_new_data()
    {
        using var json = new MemoryStream("""
            {"ref":"HDS/24/0311","title":"Third Practice Session","issued":"2024-03-01",
             "services":["OTP-C","OCG-C"],
             "forms":[{"form":"intention","due":"2024-03-15"}]}
            """u8.ToArray());
        var circular = Circular.Parse(json);
        var filled = FormFiller.FillWord(Template("intention", "docx", circular), Contact(), ["participate:true", "services:OCG-C"]);

        var result = s_reader.Read("intention.docx", filled, circular);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HDS/24/0311", result["circular_ref"]);
        Assert.Equal(["OCG-C"], (IEnumerable<string>)result["services"]!);
    }

    private static Dictionary<string, string> Contact() => new()
    {
        ["subscriber_name"] = "Victoria Peak Futures Ltd",
        ["subscriber_id"] = "HSN0761",
        ["contact_name"] = "Ho Mei Ling",
        ["contact_phone"] = "(852) 2877-1023",
        ["contact_email"] = "meiling.ho@vpfutures.com.hk",
    };

}

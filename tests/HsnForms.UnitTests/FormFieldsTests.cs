using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Values;

namespace HsnForms.UnitTests;

/// <summary>
/// The typed fields that go from the reader through storage to the report: each value keeps its type
/// and how it was found, and what was stored before sources were kept still reads.
/// </summary>
public sealed class FormFieldsTests
{
    private static readonly FormReader s_reader = new();

    [Theory]
    [InlineData("forms/libreoffice/intention-acme.docx")]
    [InlineData("forms/wordxml/intention-content-controls.docx")]
    [InlineData("forms/exceljs/result-table.xlsx")]
    [InlineData("forms/exceljs/intention-below-defined-names.xlsx")]
    [InlineData("forms/wordxml/result-checkbox-controls.docx")]
    public void What_is_stored_reads_back_as_the_same_typed_values_and_sources(string file)
    {
        var read = s_reader.Read(file, Assets.Bytes(file)).Fields;
        Assert.NotEmpty(read);

        var stored = FormFieldsJson.Parse(FormFieldsJson.Values(read), FormFieldsJson.Sources(read), FormCatalog.Default.Find(file.Contains("intention") ? "intention" : "result"));

        Assert.Equal(read.ToList(), stored.ToList());
    }

    [Fact]
    public void A_row_stored_before_sources_were_kept_reads_typed_with_its_source_unknown()
    {
        var fields = FormFieldsJson.Parse(
            """{"subscriber_id":"HSN0427","participate":true,"services":["OTP-C","OMD-C"],"signed_date":"2023-11-20","contact_email":"a@b.hk"}""",
            sourcesJson: null,
            FormCatalog.Default.Find("intention"));

        Assert.Equal(true, fields.Participate);
        Assert.Equal(["OTP-C", "OMD-C"], fields.Services);
        Assert.Equal(new DateOnly(2023, 11, 20), fields.Date("signed_date"));
        Assert.Equal("a@b.hk", fields.ContactEmail);
        Assert.All(fields, f => Assert.Equal(FieldSource.Unknown, f.Value.Source));
    }

    [Fact]
    public void Results_read_as_a_map_and_a_form_with_no_results_has_an_empty_one()
    {
        var fields = FormFieldsJson.Parse("""{"results":{"OTP-C":"successful","OMD-C":"not_tested"}}""", """{"results":"label"}""");

        Assert.Equal("not_tested", fields.Results["OMD-C"]);
        Assert.Equal(FieldSource.Label, fields.SourceOf("results"));
        Assert.Empty(FormFields.Empty.Results);
        Assert.Empty(FormFields.Empty.Services);
        Assert.Null(FormFields.Empty.Participate);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Stored_fields_that_are_not_an_object_read_as_none_rather_than_throw(string json)
    {
        Assert.Empty(FormFieldsJson.Parse(json, "also not json"));
    }

    [Fact]
    public void A_text_field_that_looks_like_a_date_stays_text_unless_the_form_says_it_is_a_date()
    {
        var fields = FormFieldsJson.Parse("""{"issues":"2023-11-25","session_date":"2023-11-25"}""", null, FormCatalog.Default.Find("result"));

        Assert.IsType<TextValue>(fields["issues"]);
        Assert.IsType<DateValue>(fields["session_date"]);
    }

    [Theory]
    [InlineData("forms/wordxml/intention-content-controls.docx", "subscriber_id", FieldSource.Control)]
    [InlineData("forms/exceljs/intention-below-defined-names.xlsx", "subscriber_id", FieldSource.DefinedName)]
    [InlineData("forms/libreoffice/intention-acme.docx", "subscriber_id", FieldSource.Label)]
    [InlineData("forms/libreoffice/intention-acme.docx", "participate", FieldSource.Label)]
    [InlineData("holdout6/intention/intention-true-false-declines-diamondhill.xlsx", "participate", FieldSource.Phrase)]
    public void Each_value_says_how_it_was_found(string file, string key, FieldSource source)
    {
        var result = s_reader.Read(file, Assets.Bytes(file));

        Assert.Equal(source, result.Fields.SourceOf(key));
    }

    [Fact]
    public void A_correction_replaces_a_value_where_it_stood_and_keeps_the_order()
    {
        var fields = new FormFields([new("subscriber_id", new TextValue("HSN0427")), new("participate", new YesNoValue(false))]);

        var corrected = fields.With("subscriber_id", new TextValue("HSN0428") { Source = FieldSource.Desk });

        Assert.Equal(["subscriber_id", "participate"], corrected.Keys);
        Assert.Equal(FieldSource.Desk, corrected.SourceOf("subscriber_id"));
        Assert.Equal("HSN0427", fields.SubscriberId);
    }
}

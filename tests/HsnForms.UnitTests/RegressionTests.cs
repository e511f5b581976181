using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>Forms a review of the reader's change wrote to break it (tests/assets/regressions): each once failed.</summary>
public sealed class RegressionTests
{
    private static FormReadResult Read(string name) => new FormReader().Read(name, Assets.Bytes("regressions/" + name));

    [Theory]
    [InlineData("result-date-field-with-tracked-deletion.docx")]
    [InlineData("result-field-instruction-over-two-paragraphs.docx")]
    [InlineData("result-number-format-trailing-backslash.xlsx")]
    public void Unusual_but_valid_markup_reads_as_the_complete_form(string name)
    {
        var result = Read(name);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HSN0427", result["subscriber_id"]);
    }

    [Fact]
    public void A_data_binding_with_an_expression_instead_of_a_path_is_not_run()
    {
        var result = Read("result-hostile-data-binding-xpath.docx");

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("none", result["issues"]);
    }

    [Fact]
    public void A_lone_NA_under_the_issues_label_in_paragraphs_is_the_issues_text_not_a_result()
    {
        var result = Read("result-na-under-issues-paragraphs.docx");

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("N/A", result["issues"]);
        Assert.Equal("successful", Assert.IsType<IReadOnlyDictionary<string, string>>(result["results"], exactMatch: false)["OMD-CC"]);
    }
}

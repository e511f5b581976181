using System.Text;
using System.Text.Json.Nodes;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>The words forms are read with are data in forms.json: a new wording needs new data, not code.</summary>
public sealed class VocabularyTests
{
    private static FormCatalog CatalogWith(string list, params string[] words)
    {
        using var stream = typeof(FormCatalog).Assembly.GetManifestResourceStream("HsnForms.Forms.Definitions.forms.json")!;
        var json = JsonNode.Parse(stream)!;
        var entries = json["vocabulary"]![list]!.AsArray();
        foreach (var word in words)
        {
            entries.Add(word);
        }

        return FormCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));
    }

    private static byte[] Intention(string participation, string contact = "Chan Tai Man") => Docx(
        P("Appendix A – Intention Form for Using HSN to participate Practice Session"),
        Table(
            ["Subscriber Name", "Acme Securities Ltd"],
            ["HSN Subscriber ID", "HSN0427"],
            ["Contact Person", contact],
            ["Telephone", "2211 6080"],
            ["Email", "tm.chan@acme.com.hk"],
            ["Participation", participation],
            ["Services to be verified", "OTP-C"]));

    [Fact]
    public void A_new_way_of_saying_yes_is_read_once_forms_json_lists_it()
    {
        var form = Intention("Affirmative");

        Assert.Null(new FormReader().Read("a.docx", form)["participate"]);
        var read = new FormReader(CatalogWith("yes", "affirmative"), new FormReaderOptions()).Read("a.docx", form);

        Assert.Equal(true, read["participate"]);
        Assert.Equal(FormStatus.Complete, read.Status);
    }

    [Fact]
    public void Word_s_placeholder_in_another_language_is_a_blank_once_forms_json_lists_it()
    {
        var form = Intention("Yes", contact: "按一下或點選這裡以輸入文字。");

        Assert.Equal("按一下或點選這裡以輸入文字。", new FormReader().Read("a.docx", form)["contact_name"]);
        var read = new FormReader(CatalogWith("placeholders", "按一下或點選這裡以輸入文字"), new FormReaderOptions()).Read("a.docx", form);

        Assert.Null(read["contact_name"]);
        Assert.Contains(read.Problems, p => p is { Field: "contact_name", Code: "missing" });
    }

    [Fact]
    public void The_shipped_vocabulary_says_yes_and_no_in_English_and_Chinese()
    {
        var vocabulary = FormCatalog.Default.Vocabulary;

        Assert.Contains("yes", vocabulary.Yes);
        Assert.Contains("否", vocabulary.No);
        Assert.Contains("参与", vocabulary.PrintedAlternatives.Select(p => p.First));
        Assert.NotEmpty(vocabulary.LabelWords);
        Assert.NotEmpty(vocabulary.Placeholders);
    }
}

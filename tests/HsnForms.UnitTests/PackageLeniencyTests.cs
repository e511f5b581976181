using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>
/// Packages that Office opens though they bend the packaging rules, as public test documents showed
/// (an optional part left out, a part named in another case, a prefix in the content types, an empty
/// relationship id, backslashes in entry names, a binary workbook embedded in a Word document). Each is made
/// from filled forms of several producers, and must read exactly as the well-made form does.
/// </summary>
public sealed partial class PackageLeniencyTests
{
    private static readonly FormReader s_reader = new();

    private static readonly string[] s_word = ["forms/libreoffice/intention-acme.docx", "forms/wordxml/intention-content-controls.docx", "forms/libreoffice/result-acme.docx"];
    private static readonly string[] s_excel = ["forms/libreoffice/result-lotus.xlsx", "forms/exceljs/intention-decline.xlsx", "forms/exceljs/result-words.xlsx"];

    public static TheoryData<string> WordForms() => [.. s_word];

    public static TheoryData<string> ExcelForms() => [.. s_excel];

    public static TheoryData<string> AllForms() => [.. s_word, .. s_excel];

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Entry_names_written_with_backslashes_read_as_slashes(string form) =>
        AssertReadsAsTheOriginal(form, Rewrite(Assets.Bytes(form), rename: name => name.Replace('/', '\\')));

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Optional_parts_named_in_the_relationships_but_left_out_are_not_missed(string form) =>
        AssertReadsAsTheOriginal(form, Rewrite(Assets.Bytes(form),
            drop: name => name.StartsWith("docProps/", StringComparison.Ordinal),
            edit: (name, text) => name.EndsWith("workbook.xml.rels", StringComparison.Ordinal) || name.EndsWith("document.xml.rels", StringComparison.Ordinal)
                ? text.Replace("</Relationships>", """<Relationship Id="rIdGone1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/><Relationship Id="rIdGone2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/connections" Target="connections.xml"/></Relationships>""", StringComparison.Ordinal)
                : text));

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Part_names_match_the_content_types_in_any_case(string form) =>
        AssertReadsAsTheOriginal(form, Rewrite(Assets.Bytes(form), rename: name => name switch
        {
            "word/document.xml" => "word/Document.xml",
            "xl/sharedStrings.xml" => "xl/SharedStrings.xml",
            "xl/workbook.xml" => "xl/Workbook.xml",
            "xl/styles.xml" => "xl/Styles.xml",
            "[Content_Types].xml" => "[content_types].xml",
            _ => name,
        }));

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Content_types_written_with_a_namespace_prefix_are_read(string form) =>
        AssertReadsAsTheOriginal(form, Rewrite(Assets.Bytes(form), edit: (name, text) => name == "[Content_Types].xml"
            ? Unprefixed().Replace(text.Replace("xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"", "xmlns:ct=\"http://schemas.openxmlformats.org/package/2006/content-types\"", StringComparison.Ordinal), "<$1ct:")
            : text));

    [Theory]
    [MemberData(nameof(ExcelForms))]
    public void A_sheet_with_an_empty_relationship_id_is_skipped(string form) =>
        AssertReadsAsTheOriginal(form, Rewrite(Assets.Bytes(form), edit: (name, text) => name == "xl/workbook.xml"
            ? SheetsEnd().Replace(text, """<sheet name="Nowhere" sheetId="99" r:id="" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>$0""", 1)
            : text));

    [Theory]
    [MemberData(nameof(WordForms))]
    public void A_Word_document_that_embeds_a_binary_workbook_for_a_chart_is_a_Word_document(string form) =>
        AssertReadsAsTheOriginal(form, Rewrite(Assets.Bytes(form),
            edit: (name, text) => name switch
            {
                "[Content_Types].xml" => text.Replace("</Types>", """<Override PartName="/word/embeddings/Microsoft_Excel_Binary_Worksheet.xlsb" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.12"/></Types>""", StringComparison.Ordinal),
                "word/_rels/document.xml.rels" => text.Replace("</Relationships>", """<Relationship Id="rIdChartData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Excel_Binary_Worksheet.xlsb"/></Relationships>""", StringComparison.Ordinal),
                _ => text,
            },
            add: ("word/embeddings/Microsoft_Excel_Binary_Worksheet.xlsb", "binary workbook bytes")));

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Two_parts_whose_names_differ_only_in_case_are_damage_not_a_guess(string form)
    {
        var main = form.EndsWith(".docx", StringComparison.Ordinal) ? "word/document.xml" : "xl/workbook.xml";
        var result = s_reader.Read("form", Rewrite(Assets.Bytes(form),
            add: (main.Replace("document", "Document", StringComparison.Ordinal).Replace("workbook", "Workbook", StringComparison.Ordinal), "<other/>")));

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal(ProblemCodes.Corrupt, result.Problems[0].Code);
    }

    private static void AssertReadsAsTheOriginal(string form, byte[] bent)
    {
        var original = FormResultJson.ToJson(s_reader.Read("form", Assets.Bytes(form)));
        var read = FormResultJson.ToJson(s_reader.Read("form", bent));

        Assert.Contains("\"status\":\"complete\"", original, StringComparison.Ordinal);
        Assert.Equal(original, read);
    }

    /// <summary>A copy of a package with entries renamed, dropped, edited as text, or added.</summary>
    internal static byte[] Rewrite(byte[] package, Func<string, string>? rename = null, Func<string, bool>? drop = null,
        Func<string, string, string>? edit = null, (string Name, string Content)? add = null)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (entry.FullName.EndsWith('/') || drop?.Invoke(entry.FullName) == true)
                {
                    continue;
                }

                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                text = edit?.Invoke(entry.FullName, text) ?? text;
                using var writer = new StreamWriter(zip.CreateEntry(rename?.Invoke(entry.FullName) ?? entry.FullName, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            if (add is { } extra)
            {
                using var writer = new StreamWriter(zip.CreateEntry(extra.Name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(extra.Content);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("<(/?)(?=Types|Default|Override)")]
    private static partial Regex Unprefixed();

    [GeneratedRegex("</(\\w+:)?sheets>")]
    private static partial Regex SheetsEnd();
}

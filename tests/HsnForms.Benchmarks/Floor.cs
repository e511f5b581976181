using System.IO.Compression;
using System.Xml;

namespace HsnForms.Benchmarks;

/// <summary>
/// The floor: the least any reader of these files must do. Open the zip over the bytes in memory and
/// pull every node of the main XML parts through an XmlReader, touching each node's value, with no
/// interpretation at all. The parts are the ones the form reader reads: for Word the body with its
/// headers and footers, for Excel the workbook, shared strings, styles and every worksheet.
/// </summary>
internal static class Floor
{
    /// <summary>XmlReader's defaults: what a developer gets from <c>XmlReader.Create(stream)</c>.</summary>
    private static readonly XmlReaderSettings s_bare = new();

    public static int Read(Sample sample) => Read(sample, s_bare);

    /// <summary>The floor with other reader settings (the stage split uses the form reader's own).</summary>
    public static int Read(Sample sample, XmlReaderSettings settings)
    {
        using var zip = new ZipArchive(new MemoryStream(sample.Bytes, writable: false), ZipArchiveMode.Read);
        var nodes = 0;
        foreach (var entry in zip.Entries)
        {
            if (IsMainPart(sample.Format, entry.FullName))
            {
                using var stream = entry.Open();
                nodes += ReadAll(stream, settings);
            }
        }

        return nodes;
    }

    /// <summary>The part names the floor reads, for the report and to check it reads what the reader reads.</summary>
    public static IEnumerable<string> MainParts(Sample sample)
    {
        using var zip = new ZipArchive(new MemoryStream(sample.Bytes, writable: false), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).Where(n => IsMainPart(sample.Format, n)).ToList();
    }

    /// <summary>What the package inflates to: all its parts, and the main parts the floor reads.</summary>
    public static (long All, long Main) InflatedSizes(Sample sample)
    {
        using var zip = new ZipArchive(new MemoryStream(sample.Bytes, writable: false), ZipArchiveMode.Read);
        return (zip.Entries.Sum(e => e.Length), zip.Entries.Where(e => IsMainPart(sample.Format, e.FullName)).Sum(e => e.Length));
    }

    private static int ReadAll(Stream stream, XmlReaderSettings settings)
    {
        using var xml = XmlReader.Create(stream, settings);
        var touched = 0;
        while (xml.Read())
        {
            touched += 1 + xml.Value.Length;
        }

        return touched;
    }

    private static bool IsMainPart(FormFormat format, string name) => format == FormFormat.Docx
        ? name == "word/document.xml" || IsNumberedXml(name, "word/header") || IsNumberedXml(name, "word/footer")
        : name is "xl/workbook.xml" or "xl/sharedStrings.xml" or "xl/styles.xml"
            || name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) && name.IndexOf('/', "xl/worksheets/".Length) < 0;

    private static bool IsNumberedXml(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) && name.IndexOf('/', prefix.Length) < 0;
}

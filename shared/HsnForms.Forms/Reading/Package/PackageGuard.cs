using System.IO.Compression;
using System.Xml;

namespace HsnForms.Forms.Reading;

/// <summary>Thrown when a file asks for more than <see cref="FormReaderOptions"/> allows.</summary>
internal sealed class FormLimitExceededException(string message) : Exception(message);

/// <summary>Thrown when a file is damaged in a way the reader can name.</summary>
internal sealed class CorruptFormException(string message) : Exception(message);

internal enum PackageKind
{
    Word,
    Excel,
}

/// <summary>
/// Looks at a zip's directory and content types before the Open XML SDK touches it, so that a zip bomb,
/// a macro-enabled document or something that is not Word or Excel is refused before any part is parsed.
/// </summary>
internal static class PackageGuard
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordTemplateMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string ExcelTemplateMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

    /// <summary>Parts above this size must also stay under the compression ratio limit; small XML compresses well legitimately.</summary>
    private const long RatioCheckedAbove = 1024 * 1024;

    public static PackageKind Inspect(ZipArchive zip, FormReaderOptions options, InflationBudget budget)
    {
        if (zip.Entries.Count > options.MaxPackageEntries)
        {
            throw new FormLimitExceededException($"The file holds {zip.Entries.Count} parts, more than a form ever has ({options.MaxPackageEntries}).");
        }

        long declared = 0;
        ZipArchiveEntry? contentTypes = null;
        var isOpenDocument = false;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > options.MaxInflatedBytes)
            {
                throw new FormLimitExceededException($"The file would inflate to more than {options.MaxInflatedBytes / (1024 * 1024)} MB, far beyond any form (a zip bomb).");
            }

            if (entry.Length > RatioCheckedAbove && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw new FormLimitExceededException($"Part {entry.FullName} inflates {entry.Length / Math.Max(1, entry.CompressedLength)} times its size, as only a zip bomb does.");
            }

            var name = entry.FullName;
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                throw new MacroEnabledException($"The document carries macros ({name}); it was not opened.");
            }

            if (name == "[Content_Types].xml")
            {
                contentTypes = entry;
            }
            else if (name == "mimetype")
            {
                isOpenDocument = true;
            }
        }

        if (contentTypes is null)
        {
            if (isOpenDocument)
            {
                throw new UnsupportedFormException("This is an OpenDocument file (.odt/.ods), not a .docx or .xlsx form. Please save it as Word or Excel and send it again.");
            }

            if (zip.GetEntry("word/document.xml") is not null || zip.GetEntry("xl/workbook.xml") is not null)
            {
                throw new CorruptFormException("The document's list of content types is missing; the file is damaged.");
            }

            // A zip is kept for review, not opened: the sender is asked for the form itself, and the
            // service desk is told which documents the archive holds (names only; nothing is inflated).
            var documents = zip.Entries
                .Where(e => e.FullName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Name.Length > 80 ? e.Name[..77] + "..." : e.Name).Take(3).ToList();
            throw new UnsupportedFormException(documents.Count == 0
                ? "This is a zip archive, not a Word or Excel form."
                : $"This is a zip archive holding {string.Join(", ", documents)}; forms are not read from inside archives, so please attach the form itself.");
        }

        return Classify(ReadContentTypes(contentTypes, zip, options, budget));
    }

    private static PackageKind Classify(List<string> types)
    {
        if (types.Exists(t => t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
        {
            throw new MacroEnabledException("The document carries macros; it was not opened.");
        }

        // Excel names every binary workbook's main part "macroEnabled", macros or not: the format decides.
        if (types.Exists(t => t.Contains("sheet.binary", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnsupportedFormException("This is an Excel binary workbook (.xlsb), not an .xlsx form. Please save it as an Excel Workbook (.xlsx) and send it again.");
        }

        if (types.Exists(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
        {
            throw new MacroEnabledException("The document is macro-enabled (.docm/.xlsm); it was not opened.");
        }

        if (!types.Exists(t => !t.Contains("relationships", StringComparison.OrdinalIgnoreCase) && !t.Contains("properties", StringComparison.OrdinalIgnoreCase)
                && !t.Equals("application/xml", StringComparison.OrdinalIgnoreCase)))
        {
            // The package's frame (its list of content types, perhaps its relationships) with no document in it.
            throw new CorruptFormException("The Office file holds no document; the file is damaged.");
        }

        if (types.Contains(WordMain) || types.Contains(WordTemplateMain))
        {
            return PackageKind.Word;
        }

        if (types.Contains(ExcelMain) || types.Contains(ExcelTemplateMain))
        {
            return PackageKind.Excel;
        }

        if (types.Exists(t => t.Contains("presentationml", StringComparison.Ordinal)))
        {
            throw new UnsupportedFormException("This is a PowerPoint presentation, not a Word or Excel form.");
        }

        if (types.Exists(t => t.Contains("wordprocessingml", StringComparison.Ordinal) || t.Contains("spreadsheetml", StringComparison.Ordinal)))
        {
            throw new CorruptFormException("The document has no main part; the file is damaged.");
        }

        throw new UnsupportedFormException("This Office Open XML package is neither a Word document nor an Excel workbook.");
    }

    /// <summary>
    /// The content types of the parts the package really holds. Some writers (SheetJS) list defaults
    /// for every extension they know, macro types included, so unused declarations must not count.
    /// </summary>
    private static List<string> ReadContentTypes(ZipArchiveEntry entry, ZipArchive zip, FormReaderOptions options, InflationBudget budget)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var stream = budget.Open(entry.Open()))
        using (var reader = XmlReader.Create(stream, SafeXml.Settings(options)))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType") is not { } type)
                {
                    continue;
                }

                if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
                {
                    defaults[extension] = type;
                }
                else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
                {
                    overrides[part.TrimStart('/')] = type;
                }
            }
        }

        var types = new List<string>();
        foreach (var part in zip.Entries)
        {
            if (overrides.TryGetValue(part.FullName, out var type) || defaults.TryGetValue(Path.GetExtension(part.FullName).TrimStart('.'), out type))
            {
                types.Add(type);
            }
        }

        return types;
    }
}

internal sealed class MacroEnabledException(string message) : Exception(message);

internal sealed class UnsupportedFormException(string message) : Exception(message);

/// <summary>XML settings for subscriber files: no DTDs (no entity expansion), no resolver, bounded size.</summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings(FormReaderOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxXmlCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };
}

/// <summary>
/// Counts what every part of one document really inflates to, since a zip's declared sizes are the
/// attacker's to choose.
/// </summary>
internal sealed class InflationBudget(long limit)
{
    private readonly long _limit = limit;
    private long _remaining = limit;

    public Stream Open(Stream inflating) => new BudgetedStream(inflating, this);

    private void Spend(int count)
    {
        _remaining -= count;
        if (_remaining < 0)
        {
            throw new FormLimitExceededException($"The file inflates to more than {_limit / (1024 * 1024)} MB, far beyond any form (a zip bomb).");
        }
    }

    private sealed class BudgetedStream(Stream inner, InflationBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

using System.IO.Compression;
using System.IO.Hashing;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

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

    public static PackageKind Inspect(ZipArchive zip, FormReaderOptions options, InflationBudget budget) =>
        Inspect(zip, ReadOnlyMemory<byte>.Empty, options, budget, out _);

    /// <param name="irregularNames">Whether some entry is named as Office reads it but System.IO.Packaging does not
    /// (a <c>\</c>, a leading slash, the content types in another case): such a package is normalised before it is opened.</param>
    /// <param name="content">The zip's bytes, to measure entries whose headers understate their size (none when empty).</param>
    public static PackageKind Inspect(ZipArchive zip, ReadOnlyMemory<byte> content, FormReaderOptions options, InflationBudget budget, out bool irregularNames)
    {
        irregularNames = false;
        if (zip.Entries.Count > options.MaxPackageEntries)
        {
            throw new FormLimitExceededException($"The file holds {zip.Entries.Count} parts, more than a form ever has ({options.MaxPackageEntries}).");
        }

        long declared = 0;
        ZipArchiveEntry? contentTypes = null;
        ZipArchiveEntry? packageRelationships = null;
        var isOpenDocument = false;
        var understated = new List<string>();
        foreach (var entry in zip.Entries)
        {
            if (UnderstatedEntries.Understated(entry))
            {
                understated.Add(entry.FullName);
            }

            declared += entry.Length;
            if (declared > options.MaxInflatedBytes)
            {
                throw new FormLimitExceededException($"The file would inflate to more than {options.MaxInflatedBytes / (1024 * 1024)} MB, far beyond any form (a zip bomb).");
            }

            if (entry.Length > RatioCheckedAbove && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw new FormLimitExceededException($"Part {PartNames.Of(entry)} inflates {entry.Length / Math.Max(1, entry.CompressedLength)} times its size, as only a zip bomb does.");
            }

            // Office reads part names in any case and with either slash; so does the guard.
            var name = PartNames.Of(entry);
            irregularNames |= !string.Equals(name, entry.FullName, StringComparison.Ordinal);
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                throw new MacroEnabledException($"The document carries macros ({name}); it was not opened.");
            }

            if (name.Equals(PartNames.ContentTypes, StringComparison.OrdinalIgnoreCase))
            {
                contentTypes = entry;
                irregularNames |= name != PartNames.ContentTypes;
            }
            else if (name.Equals(PartNames.PackageRelationships, StringComparison.OrdinalIgnoreCase))
            {
                packageRelationships = entry;
            }
            else if (name == "mimetype")
            {
                isOpenDocument = true;
            }
        }

        if (understated.Count > 0 && !content.IsEmpty)
        {
            UnderstatedEntries.Measure(content, understated, budget);
        }

        if (contentTypes is null)
        {
            if (isOpenDocument)
            {
                throw new UnsupportedFormException("This is an OpenDocument file (.odt/.ods), not a .docx or .xlsx form. Please save it as Word or Excel and send it again.");
            }

            if (zip.Entries.Any(e => PartNames.Of(e).Equals("word/document.xml", StringComparison.OrdinalIgnoreCase) || PartNames.Of(e).Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)))
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

        var types = ContentTypes.Read(contentTypes, options, budget);
        var mainPart = packageRelationships is null ? null : MainPartName(packageRelationships, options, budget);
        return Classify(types.OfParts(zip), mainPart is null ? null : types.Of(mainPart));
    }

    /// <summary>
    /// Decides by the package's main part, the one its root relationship names: a Word document may
    /// embed a binary or macro-enabled workbook (a chart's data) and is still a Word document. Without
    /// that relationship, the types of all parts decide, as before.
    /// </summary>
    private static PackageKind Classify(List<string> types, string? mainType)
    {
        if (types.Exists(t => t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
        {
            throw new MacroEnabledException("The document carries macros; it was not opened.");
        }

        var deciding = mainType is null ? types : [mainType];

        // Excel names every binary workbook's main part "macroEnabled", macros or not: the format decides.
        if (deciding.Exists(t => t.Contains("sheet.binary", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnsupportedFormException("This is an Excel binary workbook (.xlsb), not an .xlsx form. Please save it as an Excel Workbook (.xlsx) and send it again.");
        }

        if (deciding.Exists(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
        {
            throw new MacroEnabledException("The document is macro-enabled (.docm/.xlsm); it was not opened.");
        }

        if (!types.Exists(t => !t.Contains("relationships", StringComparison.OrdinalIgnoreCase) && !t.Contains("properties", StringComparison.OrdinalIgnoreCase)
                && !t.Equals("application/xml", StringComparison.OrdinalIgnoreCase)))
        {
            // The package's frame (its list of content types, perhaps its relationships) with no document in it.
            throw new CorruptFormException("The Office file holds no document; the file is damaged.");
        }

        if (deciding.Exists(t => t.Equals(WordMain, StringComparison.OrdinalIgnoreCase) || t.Equals(WordTemplateMain, StringComparison.OrdinalIgnoreCase)))
        {
            return PackageKind.Word;
        }

        if (deciding.Exists(t => t.Equals(ExcelMain, StringComparison.OrdinalIgnoreCase) || t.Equals(ExcelTemplateMain, StringComparison.OrdinalIgnoreCase)))
        {
            return PackageKind.Excel;
        }

        if (deciding.Exists(t => t.Contains("presentationml", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnsupportedFormException("This is a PowerPoint presentation, not a Word or Excel form.");
        }

        if (types.Exists(t => t.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) || t.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase)))
        {
            throw new CorruptFormException("The document has no main part; the file is damaged.");
        }

        throw new UnsupportedFormException("This Office Open XML package is neither a Word document nor an Excel workbook.");
    }

    /// <summary>The part the package's officeDocument relationship names (transitional or strict), if any.</summary>
    private static string? MainPartName(ZipArchiveEntry relationships, FormReaderOptions options, InflationBudget budget)
    {
        using var stream = budget.Open(relationships);
        using var reader = SafeXml.CreateSized(stream, SafeXml.Settings(options));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Type") is { } type && type.EndsWith("/officeDocument", StringComparison.Ordinal)
                && reader.GetAttribute("TargetMode") is not "External" && reader.GetAttribute("Target") is { } target)
            {
                return PartNames.Resolve("", target);
            }
        }

        return null;
    }
}

internal sealed class MacroEnabledException(string message) : Exception(message);

internal sealed class UnsupportedFormException(string message) : Exception(message);

/// <summary>
/// Counts what every part of one document really inflates to, since a zip's declared sizes are the
/// attacker's to choose; and checks every part read to its end against the CRC-32 its zip entry
/// records, since a part damaged after it was saved (on a disk, in transit) may still inflate and parse,
/// and would then be read as a form with other answers than the sender gave.
/// </summary>
/// <remarks>
/// The check rides on the bytes as the reading pulls them (a hash pass, no second inflate), so it covers
/// exactly the parts the reader reads to their end; a part it stops reading early, or never opens, is not
/// checked. Parts opened through the Open XML SDK are matched to their entries in <see cref="Entries"/>.
/// </remarks>
internal sealed class InflationBudget(long limit)
{
    private readonly long _limit = limit;
    private long _remaining = limit;

    /// <summary>The zip the document's parts are read from, as the guard opened it (none when the package was rewritten or its names cannot be matched).</summary>
    public ZipArchive? Entries { get; set; }

    /// <summary>An inflating stream with nothing to check it against: only its size is counted.</summary>
    public Stream Open(Stream inflating) => new BudgetedStream(inflating, this, entry: null);

    /// <summary>A zip entry's data, counted and checked against the entry's CRC-32 once read to its end.</summary>
    public Stream Open(ZipArchiveEntry entry) => new BudgetedStream(entry.Open(), this, entry);

    /// <summary>A part of the opened document, counted, and checked against its zip entry's CRC-32 once read to its end.</summary>
    public Stream Open(OpenXmlPart part) => new BudgetedStream(part.GetStream(FileMode.Open, FileAccess.Read), this, EntryOf(part.Uri));

    /// <summary>The zip entry behind a part: its name without the leading slash, as stored or, for a name with escapes, unescaped.</summary>
    private ZipArchiveEntry? EntryOf(Uri part)
    {
        if (Entries is not { } zip)
        {
            return null;
        }

        var name = part.OriginalString.TrimStart('/');
        return zip.GetEntry(name) ?? (name.Contains('%', StringComparison.Ordinal) ? zip.GetEntry(Uri.UnescapeDataString(name)) : null);
    }

    private void Spend(int count)
    {
        _remaining -= count;
        if (_remaining < 0)
        {
            throw new FormLimitExceededException($"The file inflates to more than {_limit / (1024 * 1024)} MB, far beyond any form (a zip bomb).");
        }
    }

    private sealed class BudgetedStream(Stream inner, InflationBudget budget, ZipArchiveEntry? entry) : Stream
    {
        private Crc32? _crc = entry is null ? null : new Crc32();

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
            if (_crc is { } crc)
            {
                if (read > 0)
                {
                    crc.Append(buffer[..read]);
                }
                else if (buffer.Length > 0)
                {
                    // The end of the part: all its bytes have passed, so they must be the bytes that were stored.
                    _crc = null;
                    if (crc.GetCurrentHashAsUInt32() != entry!.Crc32)
                    {
                        throw new CorruptFormException($"The file is damaged: part {PartNames.Of(entry)} does not hold what the file recorded for it (its checksum differs), as when a file is damaged on a disk or in transit. Please save it again and resend it.");
                    }
                }
            }

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

using System.Collections.Concurrent;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Layout.Excel;
using HsnForms.Forms.Reading.Layout.Word;
using HsnForms.Forms.Reading.Output;
using HsnForms.Forms.Reading.Recognition;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Reads any file a subscriber attaches and says which form it is and what it says, or why it cannot
/// be read. It never throws for a bad file: every failure is a <see cref="FormStatus.Rejected"/> result,
/// worded for the sender, with the technical detail in the log. A fault of the reader's own on a file
/// that is not damaged is rejected as <see cref="ProblemCodes.ReaderFault"/> and logged as an error.
/// </summary>
public sealed partial class FormReader
{
    private readonly FormCatalog _catalog;
    private readonly FormReaderOptions _options;
    private readonly ILogger _logger;
    private readonly FormEvidenceProbe _probe;
    private readonly ConcurrentDictionary<string, FormInterpretation> _interpreters = new(StringComparer.Ordinal);

    public FormReader(FormCatalog catalog, FormReaderOptions options, ILogger<FormReader>? logger = null)
    {
        _catalog = catalog;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _probe = new FormEvidenceProbe(catalog);
    }

    public FormReader()
        : this(FormCatalog.Default, new FormReaderOptions())
    {
    }

    public FormReaderOptions Options => _options;

    /// <summary>Reads a file from a stream, refusing it as too large once it passes the size limit.</summary>
    public async Task<FormReadResult> ReadAsync(string fileName, Stream content, Circular? circular = null, CancellationToken cancellationToken = default)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
            {
                return TooLarge(fileName);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(fileName, new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), circular);
    }

    public FormReadResult Read(string fileName, ReadOnlyMemory<byte> content, Circular? circular = null)
    {
        if (content.Length > _options.MaxFileBytes)
        {
            return TooLarge(fileName);
        }

        var span = content.Span;
        switch (FileSniffer.Sniff(span[..Math.Min(span.Length, 2048)]))
        {
            case SniffedType.Empty:
                return FormReadResult.Rejected(fileName, ProblemCodes.Corrupt, "The file is empty (0 bytes).");
            case SniffedType.Zip:
                break;
            case SniffedType.OleCompound:
                var (code, message, type) = FileSniffer.ClassifyOle(span);
                return FormReadResult.Rejected(fileName, code, message, type);
            case SniffedType.Pdf:
                return FormReadResult.Rejected(fileName, ProblemCodes.UnsupportedType,
                    "This is a PDF (perhaps a scanned form). Please send the form as the Word or Excel file.", "pdf");
            case SniffedType.Image:
                return FormReadResult.Rejected(fileName, ProblemCodes.UnsupportedType,
                    "This is an image (perhaps a scanned or photographed form). Please send the form as the Word or Excel file.", "image");
            case SniffedType.LegacyBinary:
                var (legacyCode, legacyMessage, legacyType) = FileSniffer.ClassifyLegacyBinary(span)!.Value;
                return FormReadResult.Rejected(fileName, legacyCode, legacyMessage, legacyType);
            case SniffedType.Rtf:
                return FormReadResult.Rejected(fileName, ProblemCodes.UnsupportedType,
                    "This is a Rich Text (.rtf) document, not a Word (.docx) form. Please save it as .docx and send it again.", "rtf");
            default:
                return FormReadResult.Rejected(fileName, ProblemCodes.UnsupportedType,
                    "This file is not a Word (.docx) or Excel (.xlsx) document.", "unknown");
        }

        try
        {
            return ReadPackage(fileName, content, circular ?? Circular.Default);
        }
        catch (FormLimitExceededException ex)
        {
            return FormReadResult.Rejected(fileName, ProblemCodes.TooLarge, ex.Message);
        }
        catch (MacroEnabledException ex)
        {
            return FormReadResult.Rejected(fileName, ProblemCodes.MacroEnabled, ex.Message);
        }
        catch (UnsupportedFormException ex)
        {
            return FormReadResult.Rejected(fileName, ProblemCodes.UnsupportedType, ex.Message);
        }
        catch (CorruptFormException ex)
        {
            return FormReadResult.Rejected(fileName, ProblemCodes.Corrupt, ex.Message);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return FormReadResult.Rejected(fileName, ProblemCodes.TooLarge, "A part of the document holds more text than any form.");
        }
        catch (Exception ex) when (PackageDamage.IsDamage(ex))
        {
            LogDamaged(_logger, fileName, ex.GetType().Name, ex.Message);
            return FormReadResult.Rejected(fileName, ProblemCodes.Corrupt, PackageDamage.Describe(ex));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Ours, not the sender's: the file goes to review under its own code, and the log has the stack.
            LogReaderFault(_logger, fileName, ex);
            return FormReadResult.Rejected(fileName, ProblemCodes.ReaderFault,
                "The reader met a fault of its own on this file, so it was not read. The service desk will look at it; there is no need to send it again.");
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "File {FileName} is damaged: {ExceptionType}: {Detail}")]
    private static partial void LogDamaged(ILogger logger, string fileName, string exceptionType, string detail);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Reader fault on {FileName}: the reader threw on a file that is not known to be damaged")]
    private static partial void LogReaderFault(ILogger logger, string fileName, Exception exception);

    private FormReadResult ReadPackage(string fileName, ReadOnlyMemory<byte> content, Circular circular)
    {
        var (layout, kind) = OpenLayout(content, _probe);
        // One interpreter per circular as reading sees it: its services, and its dates (a date written
        // without a year takes the year nearest them).
        var key = $"{circular.Ref}|{string.Join(",", circular.Services)}|{string.Join(",", circular.KnownDates.Select(d => d.DayNumber))}";
        var interpretation = _interpreters.GetOrAdd(key, _ => new FormInterpretation(_catalog, circular));
        var read = interpretation.Interpret(layout);

        // Reading stopped at a size budget: a form in what was read is a form cut short, which cannot be
        // counted (too large); a document with no form in what was read is no form, however big.
        if (layout.StoppedAtBudget is { } why && read.Form is not null)
        {
            return FormReadResult.Rejected(fileName, ProblemCodes.TooLarge, why);
        }

        return FormOutcome.Of(fileName, kind == PackageKind.Word ? "docx" : "xlsx", read);
    }

    /// <summary>
    /// What the reader saw in a Word or Excel file: its grids of cells and named controls, one line each.
    /// For a service-desk engineer asking why a form was read as it was.
    /// </summary>
    public string Explain(ReadOnlyMemory<byte> content)
    {
        try
        {
            var (layout, _) = OpenLayout(content, probe: null);

            var text = new System.Text.StringBuilder();
            foreach (var grid in layout.Grids)
            {
                text.AppendLine($"[{grid.Name}]");
                for (var r = 0; r < grid.Rows.Count; r++)
                {
                    text.Append($"  {r,3}: ").AppendJoin(" | ", grid.Rows[r].Cells.Select(c =>
                        $"@{c.Column}{(c.Span > 1 ? "+" + (c.Span - 1) : "")}{(c.ContinuesMergeAbove ? "^" : "")}{(c.HadStrike ? "~" : "")} {c.Text.Replace("\n", " / ", StringComparison.Ordinal)}")).AppendLine();
                }
            }

            foreach (var control in layout.Controls)
            {
                text.AppendLine($"  control name={control.Name} alias={control.Alias} checkbox={control.IsCheckbox} checked={control.Checked} date={control.Date} text={control.Text}");
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"(not readable: {Describe(ex)})";
        }
    }

    /// <summary>
    /// The guard's verdict on the zip, then the document's layout, under one inflation budget. A package
    /// the stock route refuses as damaged is rewritten the way Office would read it and tried once more.
    /// </summary>
    private (DocumentLayout Layout, PackageKind Kind) OpenLayout(ReadOnlyMemory<byte> content, FormEvidenceProbe? probe)
    {
        var budget = new InflationBudget(_options.MaxInflatedBytes);
        using var guarded = new ReadOnlyMemoryStream(content);
        using var zip = new ZipArchive(guarded, ZipArchiveMode.Read, leaveOpen: true);
        var kind = PackageGuard.Inspect(zip, content, _options, budget, out var irregularNames);

        // The guard's directory stays open, so that each part the layout reads to its end is checked
        // against the CRC-32 its entry records. A rewritten package has checked every part as it copied it.
        if (irregularNames)
        {
            content = PackageNormaliser.Normalise(content, _options, budget);
        }
        else
        {
            budget.Entries = zip;
        }

        try
        {
            using var stream = new ReadOnlyMemoryStream(content);
            return (ReadLayout(stream, kind, budget, probe), kind);
        }
        catch (Exception ex) when (!irregularNames && PackageDamage.IsDamage(ex))
        {
            var normalised = PackageNormaliser.Normalise(content, _options, budget);
            using var stream = new ReadOnlyMemoryStream(normalised);
            return (ReadLayout(stream, kind, new InflationBudget(_options.MaxInflatedBytes), probe), kind);
        }
    }

    /// <summary>
    /// Opens the package read-only through System.IO.Packaging and hands it to the Open XML SDK: opened
    /// from a plain stream, the SDK 3 copies every attachment to a temporary file first. A package
    /// whose relationships the strict route rejects (a malformed link) goes the SDK's forgiving way.
    /// </summary>
    private DocumentLayout ReadLayout(ReadOnlyMemoryStream stream, PackageKind kind, InflationBudget budget, FormEvidenceProbe? probe)
    {
        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = _options.MaxXmlCharacters };
        try
        {
            stream.Position = 0;
            using var package = System.IO.Packaging.Package.Open(stream, FileMode.Open, FileAccess.Read);
            return Layout(kind == PackageKind.Word
                ? WordprocessingDocument.Open(package, settings)
                : SpreadsheetDocument.Open(package, settings), kind, budget, probe);
        }
        catch (Exception ex) when (ex is UriFormatException or OpenXmlPackageException)
        {
            stream.Position = 0;
            return Layout(kind == PackageKind.Word
                ? WordprocessingDocument.Open(stream, false, settings)
                : SpreadsheetDocument.Open(stream, false, settings), kind, budget, probe);
        }
    }

    private DocumentLayout Layout(OpenXmlPackage document, PackageKind kind, InflationBudget budget, FormEvidenceProbe? probe)
    {
        using (document)
        {
            return kind == PackageKind.Word
                ? WordLayoutReader.Read((WordprocessingDocument)document, _options, budget, probe)
                : ExcelLayoutReader.Read((SpreadsheetDocument)document, _options, budget, probe);
        }
    }

    private FormReadResult TooLarge(string fileName) => FormReadResult.Rejected(fileName, ProblemCodes.TooLarge,
        $"The file is larger than {_options.MaxFileBytes / (1024 * 1024)} MB, far beyond any form.");

    private static string Describe(Exception ex)
    {
        var message = ex.Message.Split('\n')[0].Trim();
        return message.Length > 160 ? message[..160] + "…" : message;
    }
}

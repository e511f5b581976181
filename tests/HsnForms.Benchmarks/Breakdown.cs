using System.IO.Compression;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Layout.Excel;
using HsnForms.Forms.Reading.Layout.Word;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Recognition;

namespace HsnForms.Benchmarks;

/// <summary>
/// Where the reader's time and allocations go. Replays <c>FormReader.ReadPackage</c> step by step
/// through the library's internals (HsnForms.Forms lets this assembly see them), each stage doing
/// everything the ones before it do, so each step's cost is the difference from the previous stage:
/// the guard (sniff, zip scan, content types), <see cref="Package.Open"/>, the Open XML SDK opened over
/// that package with the parts the layout reads located, the layout (the XmlReader pass over those
/// parts) and interpretation. If FormReader.ReadPackage changes, change this with it.
/// </summary>
internal sealed class Breakdown(FormReader reader)
{
    private readonly FormReaderOptions _options = reader.Options;
    private readonly FormInterpretation _interpreter = new(FormCatalog.Default, Circular.Default);

    // The reader's own probe: the layout asks it about every paragraph until something hints at a form.
    private readonly FormEvidenceProbe _probe = new(FormCatalog.Default);

    /// <summary>Stage 1: sniff the type, open the zip over the bytes, and check its directory and content types.</summary>
    public int Guard(Sample sample)
    {
        var budget = new InflationBudget(_options.MaxInflatedBytes);
        using var stream = new ReadOnlyMemoryStream(sample.Bytes);
        return (int)GuardOnly(stream, sample, budget);
    }

    /// <summary>Stage 2: the guard, then System.IO.Packaging opening the package (its content types and part list).</summary>
    public int GuardAndPackage(Sample sample) => Run(sample, Depth.Package);

    /// <summary>Stage 3: stage 2, then the SDK opened over the package and the parts the layout reads located (the SDK loads every part's relationships here).</summary>
    public int GuardPackageAndSdk(Sample sample) => Run(sample, Depth.Sdk);

    /// <summary>Stage 4: stage 3 and the layout readers' XmlReader pass over those parts.</summary>
    public int GuardOpenAndLayout(Sample sample) => Run(sample, Depth.Layout);

    /// <summary>Interpretation alone, on a layout read beforehand.</summary>
    public Func<int> InterpretOnly(Sample sample)
    {
        var layout = Layout(sample);
        return () => _interpreter.Interpret(layout).Fields.Count;
    }

    /// <summary>The Page and recognition (which form, if any) alone, on a layout read beforehand: interpretation less the fields and validation.</summary>
    public Func<int> PageAndRecognitionOnly(Sample sample)
    {
        var layout = Layout(sample);
        var recogniser = new FormRecogniser(_interpreter.Context);
        return () => recogniser.Recognise(new FormPage(layout, _interpreter.Context)) is null ? 0 : 1;
    }

    /// <summary>The first step of interpretation alone: the Page (rows joined, labels scanned, text folded).</summary>
    public Func<int> PageOnly(Sample sample)
    {
        var layout = Layout(sample);
        return () => new FormPage(layout, _interpreter.Context).AllText.Length;
    }

    private enum Depth
    {
        Package,
        Sdk,
        Layout,
    }

    private PackageKind GuardOnly(ReadOnlyMemoryStream stream, Sample sample, InflationBudget budget)
    {
        using var zip = Guarded(stream, sample);
        return PackageGuard.Inspect(zip, sample.Bytes, _options, budget, out _);
    }

    private static ZipArchive Guarded(ReadOnlyMemoryStream stream, Sample sample)
    {
        var span = sample.Bytes.AsSpan();
        if (FileSniffer.Sniff(span[..Math.Min(span.Length, 2048)]) != SniffedType.Zip)
        {
            throw new InvalidDataException($"{sample.Name} is not a zip.");
        }

        return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
    }

    private DocumentLayout Layout(Sample sample)
    {
        DocumentLayout? layout = null;
        Run(sample, Depth.Layout, read => layout = read);
        return layout!;
    }

    private int Run(Sample sample, Depth depth, Action<DocumentLayout>? keep = null)
    {
        var budget = new InflationBudget(_options.MaxInflatedBytes);
        using var guarded = new ReadOnlyMemoryStream(sample.Bytes);
        using var zip = Guarded(guarded, sample);
        var kind = PackageGuard.Inspect(zip, sample.Bytes, _options, budget, out _);
        budget.Entries = zip; // as the reader does: the layout checks each part it reads against its entry's CRC-32
        using var stream = new ReadOnlyMemoryStream(sample.Bytes);
        using var package = Package.Open(stream, FileMode.Open, FileAccess.Read);
        if (depth == Depth.Package)
        {
            return package.GetParts().Count();
        }

        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = _options.MaxXmlCharacters };
        if (kind == PackageKind.Word)
        {
            using var document = WordprocessingDocument.Open(package, settings);
            if (depth == Depth.Sdk)
            {
                var main = document.MainDocumentPart!;
                return main.HeaderParts.Count() + main.FooterParts.Count();
            }

            var layout = WordLayoutReader.Read(document, _options, budget, _probe);
            keep?.Invoke(layout);
            return layout.Grids.Count;
        }
        else
        {
            using var document = SpreadsheetDocument.Open(package, settings);
            if (depth == Depth.Sdk)
            {
                var workbook = document.WorkbookPart!;
                return workbook.WorksheetParts.Count() + (workbook.SharedStringTablePart is null ? 0 : 1) + (workbook.WorkbookStylesPart is null ? 0 : 1);
            }

            var layout = ExcelLayoutReader.Read(document, _options, budget, _probe);
            keep?.Invoke(layout);
            return layout.Grids.Count;
        }
    }
}

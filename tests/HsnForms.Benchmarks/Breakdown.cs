using System.IO.Compression;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;

namespace HsnForms.Benchmarks;

/// <summary>
/// Where the reader's time and allocations go. Replays <c>FormReader.ReadPackage</c> step by step
/// through the library's internals (HsnForms.Forms lets this assembly see them), each stage doing
/// everything the ones before it do, so each step's cost is the difference from the previous stage:
/// zip scan (guard), Open XML SDK package open, layout (the XmlReader pass over the parts) and
/// interpretation. It also times one alternative: the SDK opened over a <see cref="Package"/> that
/// the reader opens itself. If FormReader.ReadPackage changes, change this with it.
/// </summary>
internal sealed class Breakdown(FormReader reader)
{
    private readonly FormReaderOptions _options = reader.Options;
    private readonly FormInterpreter _interpreter = new(FormCatalog.Default, Circular.Default);

    /// <summary>Stage 1: sniff the type, open the zip over the bytes, and check its directory and content types.</summary>
    public int Guard(Sample sample)
    {
        var budget = new InflationBudget(_options.MaxInflatedBytes);
        using var stream = new ReadOnlyMemoryStream(sample.Bytes);
        return (int)GuardOnly(stream, sample, budget);
    }

    /// <summary>Stage 2: the guard, then the Open XML SDK opening the package from the stream (and closing it), as the reader does.</summary>
    public int GuardAndOpen(Sample sample) => Layout(sample, readLayout: false, viaPackage: false) is null ? 0 : 1;

    /// <summary>Stage 3: stage 2 and the layout readers' XmlReader pass over every part read.</summary>
    public int GuardOpenAndLayout(Sample sample) => Layout(sample, readLayout: true, viaPackage: false)!.Grids.Count;

    /// <summary>Alternative stage 2: the guard, then <c>Package.Open</c> on the stream and the SDK opened over that package.</summary>
    public int GuardAndOpenViaPackage(Sample sample) => Layout(sample, readLayout: false, viaPackage: true) is null ? 0 : 1;

    /// <summary>Alternative stage 3: the alternative stage 2 and the same layout pass.</summary>
    public int GuardOpenAndLayoutViaPackage(Sample sample) => Layout(sample, readLayout: true, viaPackage: true)!.Grids.Count;

    /// <summary>Alternative stage 4: the whole read with the SDK opened over <c>Package.Open</c>: guard, open, layout and interpretation.</summary>
    public int ReadViaPackage(Sample sample) => _interpreter.Interpret(Layout(sample, readLayout: true, viaPackage: true)!).Fields.Count;

    /// <summary>Interpretation alone, on a layout read beforehand.</summary>
    public Func<int> InterpretOnly(Sample sample)
    {
        var layout = Layout(sample, readLayout: true, viaPackage: false)!;
        return () => _interpreter.Interpret(layout).Fields.Count;
    }

    /// <summary>The first step of interpretation alone: the Page (rows joined, labels scanned, text folded).</summary>
    public Func<int> PageOnly(Sample sample)
    {
        var layout = Layout(sample, readLayout: true, viaPackage: false)!;
        return () => new Page(layout, _interpreter).AllText.Length;
    }

    private PackageKind GuardOnly(ReadOnlyMemoryStream stream, Sample sample, InflationBudget budget)
    {
        var span = sample.Bytes.AsSpan();
        if (FileSniffer.Sniff(span[..Math.Min(span.Length, 2048)]) != SniffedType.Zip)
        {
            throw new InvalidDataException($"{sample.Name} is not a zip.");
        }

        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        return PackageGuard.Inspect(zip, _options, budget);
    }

    private DocumentLayout? Layout(Sample sample, bool readLayout, bool viaPackage)
    {
        var budget = new InflationBudget(_options.MaxInflatedBytes);
        using var stream = new ReadOnlyMemoryStream(sample.Bytes);
        var kind = GuardOnly(stream, sample, budget);
        stream.Position = 0;
        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = _options.MaxXmlCharacters };
        using var package = viaPackage ? Package.Open(stream, FileMode.Open, FileAccess.Read) : null;
        if (kind == PackageKind.Word)
        {
            using var document = package is null ? WordprocessingDocument.Open(stream, false, settings) : WordprocessingDocument.Open(package, settings);
            return readLayout ? WordLayoutReader.Read(document, _options, budget) : new DocumentLayout();
        }
        else
        {
            using var document = package is null ? SpreadsheetDocument.Open(stream, false, settings) : SpreadsheetDocument.Open(package, settings);
            return readLayout ? ExcelLayoutReader.Read(document, _options, budget) : new DocumentLayout();
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Limits that keep a hostile attachment from costing more than a real form can: a filled form is a
/// few tens of kilobytes, so every limit here is generous for a form and tiny for an attack.
/// </summary>
public sealed class FormReaderOptions
{
    /// <summary>Largest attachment read at all.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most bytes all parts of one document may inflate to.</summary>
    [Range(1024, 1L << 33)]
    public long MaxInflatedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest ratio of inflated to compressed size for any one part (a zip bomb runs into the hundreds).</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Most characters of XML read from any one part.</summary>
    [Range(1024, 1L << 31)]
    public long MaxXmlCharacters { get; set; } = 32L * 1024 * 1024;

    /// <summary>Deepest nesting of elements in any part (Word nests tables at most 63 deep; a form, a few).</summary>
    [Range(16, 100_000)]
    public int MaxXmlDepth { get; set; } = 256;

    /// <summary>Most entries a package may hold.</summary>
    [Range(4, 1_000_000)]
    public int MaxPackageEntries { get; set; } = 2_000;

    /// <summary>Most worksheet cells read from a workbook.</summary>
    [Range(16, 10_000_000)]
    public int MaxCells { get; set; } = 200_000;

    /// <summary>
    /// Most characters of text the reader materialises from one document: each cell's text counts where
    /// it is shown, so one long shared string in thousands of cells counts thousands of times.
    /// </summary>
    [Range(1024, 1L << 30)]
    public long MaxTextCharacters { get; set; } = 4L * 1024 * 1024;
}

using System.IO.Compression;
using System.Xml;

namespace HsnForms.Forms.Reading;

/// <summary>
/// A package's [Content_Types].xml read leniently: elements by local name (a namespace prefix is
/// fine), part names in any case and with either slash.
/// </summary>
internal sealed class ContentTypes
{
    public Dictionary<string, string> Defaults { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static ContentTypes Read(ZipArchiveEntry entry, FormReaderOptions options, InflationBudget budget)
    {
        var types = new ContentTypes();
        using var stream = budget.Open(entry);
        using var reader = SafeXml.CreateSized(stream, SafeXml.Settings(options));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType") is not { } type)
            {
                continue;
            }

            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                types.Defaults[extension] = type;
            }
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
            {
                types.Overrides[PartNames.Normalise(part)] = type;
            }
        }

        return types;
    }

    /// <summary>The content type of a part: its override, else the default for its extension.</summary>
    public string? Of(string part) =>
        Overrides.TryGetValue(part, out var type) || Defaults.TryGetValue(Path.GetExtension(part).TrimStart('.'), out type) ? type : null;

    /// <summary>
    /// The content types of the parts the package really holds. Some writers (SheetJS) list defaults
    /// for every extension they know, macro types included, so unused declarations must not count.
    /// </summary>
    public List<string> OfParts(ZipArchive zip)
    {
        var types = new List<string>();
        foreach (var entry in zip.Entries)
        {
            if (Of(PartNames.Of(entry)) is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }
}

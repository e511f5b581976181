using System.IO.Compression;
using System.Xml;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Rewrites a package that Office opens but System.IO.Packaging refuses, so that the Open XML SDK reads it
/// with its stock package. Office is lenient in ways the packaging library is not:
/// <list type="bullet">
/// <item>entry names with <c>\</c> for <c>/</c> (read as <c>/</c>);</item>
/// <item>part names in another case than the content types name them (matched in any case);</item>
/// <item>a namespace prefix on the content types' elements (read by local name);</item>
/// <item>relationships to optional parts the writer left out, such as calcChain, connections or
/// docProps (dropped: a part that is not there has nothing to read).</item>
/// </list>
/// It runs only after the stock route has failed, so a well-made package costs nothing. Two parts whose
/// names differ only in case are two versions of one part: that is damage, not something to guess at.
/// </summary>
internal static class PackageNormaliser
{
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static byte[] Normalise(ReadOnlyMemory<byte> content, FormReaderOptions options, InflationBudget budget)
    {
        using var source = new ZipArchive(new ReadOnlyMemoryStream(content), ZipArchiveMode.Read);
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in source.Entries)
        {
            var name = PartNames.Of(entry);
            if (name.Length == 0 || name.EndsWith('/'))
            {
                continue;
            }

            if (!parts.TryAdd(name, entry))
            {
                throw new CorruptFormException($"The file holds two parts named {name}; the file is damaged.");
            }
        }

        var contentTypes = parts.TryGetValue(PartNames.ContentTypes, out var typesEntry)
            ? ContentTypes.Read(typesEntry, options, budget)
            : throw new CorruptFormException("The document's list of content types is missing; the file is damaged.");

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteContentTypes(target, contentTypes, parts.Keys);
            foreach (var (name, entry) in parts)
            {
                if (name.Equals(PartNames.ContentTypes, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                using var into = target.CreateEntry(name, CompressionLevel.NoCompression).Open();
                using var from = budget.Open(entry);
                if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    WriteRelationships(from, into, PartNames.SourceFolderOf(name), parts, options);
                }
                else
                {
                    from.CopyTo(into);
                }
            }
        }

        return output.ToArray();
    }

    private static void WriteContentTypes(ZipArchive target, ContentTypes types, IEnumerable<string> parts)
    {
        using var stream = target.CreateEntry(PartNames.ContentTypes, CompressionLevel.NoCompression).Open();
        using var xml = XmlWriter.Create(stream);
        xml.WriteStartElement("Types", ContentTypesNamespace);
        foreach (var (extension, type) in types.Defaults)
        {
            xml.WriteStartElement("Default", ContentTypesNamespace);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        // Each override is written under the name the part really has.
        foreach (var part in parts)
        {
            if (types.Overrides.TryGetValue(part, out var type))
            {
                xml.WriteStartElement("Override", ContentTypesNamespace);
                xml.WriteAttributeString("PartName", "/" + part);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    /// <summary>The relationships whose internal target is a part of the package, with <c>\</c> read as <c>/</c>.</summary>
    private static void WriteRelationships(Stream from, Stream into, string sourceFolder, Dictionary<string, ZipArchiveEntry> parts, FormReaderOptions options)
    {
        using var reader = XmlReader.Create(from, SafeXml.Settings(options));
        using var xml = XmlWriter.Create(into);
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship"
                || reader.GetAttribute("Id") is not { Length: > 0 } id || reader.GetAttribute("Type") is not { } type
                || reader.GetAttribute("Target") is not { } target)
            {
                continue;
            }

            var external = reader.GetAttribute("TargetMode") == "External";
            if (!external)
            {
                target = target.Replace('\\', '/');
                var part = PartNames.Resolve(sourceFolder, target);
                if (!parts.ContainsKey(part) && !parts.ContainsKey(Uri.UnescapeDataString(part)))
                {
                    continue;
                }
            }

            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            if (external)
            {
                xml.WriteAttributeString("TargetMode", "External");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}

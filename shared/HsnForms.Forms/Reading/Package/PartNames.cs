using System.IO.Compression;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Part names as Office reads them: a zip entry's name with <c>\</c> read as <c>/</c> and no leading
/// slash, compared in any case; relationship targets resolved against their source part's folder.
/// </summary>
internal static class PartNames
{
    public const string ContentTypes = "[Content_Types].xml";
    public const string PackageRelationships = "_rels/.rels";

    public static string Of(ZipArchiveEntry entry) => Normalise(entry.FullName);

    public static string Normalise(string name) => name.Replace('\\', '/').TrimStart('/');

    /// <summary>The part a relationship's target names, from the folder of its source part ("" for the package).</summary>
    public static string Resolve(string sourceFolder, string target)
    {
        target = target.Replace('\\', '/');
        var path = target.StartsWith('/') ? target.TrimStart('/') : sourceFolder.Length == 0 ? target : sourceFolder + "/" + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The folder of the part whose relationships a .rels part holds: "word" for word/_rels/document.xml.rels.</summary>
    public static string SourceFolderOf(string relationshipsPart)
    {
        var folder = relationshipsPart.Contains('/', StringComparison.Ordinal) ? relationshipsPart[..relationshipsPart.LastIndexOf('/')] : "";
        return folder == "_rels" ? "" : folder.EndsWith("/_rels", StringComparison.Ordinal) ? folder[..^"/_rels".Length] : folder;
    }
}

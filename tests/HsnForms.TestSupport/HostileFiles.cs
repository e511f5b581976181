using System.IO.Compression;
using System.Text;

namespace HsnForms.TestSupport;

/// <summary>
/// Hostile and damaged files made the way an attacker or a broken transfer makes them, for the unit tests
/// (that the reader answers, and how) and the benchmark (how fast): one maker for both.
/// </summary>
public static class HostileFiles
{
    /// <summary>A Word package of three parts around the given document XML.</summary>
    public static byte[] MinimalDocx(string documentXml) => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", documentXml));

    public static string ContentTypes(string main) =>
        $"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{main}"/></Types>""";

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Rewrites the uncompressed size in every local and central header, as an attacker would.</summary>
    public static byte[] LieAboutSizes(byte[] zip, uint claimed)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), claimed);
            }
            else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 && i + 46 < bytes.Length)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), claimed);
            }
        }

        return bytes;
    }

    /// <summary>
    /// A Word document nested <paramref name="depth"/> levels deep: <paramref name="level"/> is the opening and
    /// closing markup of one level around a '|', with {0} for a few random characters of its own, so the part
    /// compresses like text and stays under the compression-ratio guard.
    /// </summary>
    public static byte[] NestedDocx(string level, int depth, int seed)
    {
        var random = new Random(seed);
        var (open, close) = (level.Split('|')[0], level.Split('|')[1]);
        var body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < depth; i++)
        {
            body.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, open, Guid.NewGuid().ToString("N")[..random.Next(4, 12)]));
        }

        for (var i = 0; i < depth; i++)
        {
            body.Append(close);
        }

        return MinimalDocx(body.Append("</w:body></w:document>").ToString());
    }

    /// <summary>Tables within tables, and content controls within content controls.</summary>
    public static IReadOnlyList<(string Shape, string Level)> NestingShapes { get; } =
    [
        ("tables", "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{0}</w:t></w:r></w:p>|<w:p/></w:tc></w:tr></w:tbl>"),
        ("content controls", "<w:sdt><w:sdtPr><w:tag w:val=\"{0}\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{0}</w:t></w:r></w:p>|</w:sdtContent></w:sdt>"),
    ];

    /// <summary>The <paramref name="index"/>th damaged copy of a form: bytes damaged and XML damaged, in turn.</summary>
    public static byte[] Mutant(byte[] original, Random random, int index) =>
        index % 2 == 0 ? MutateBytes(original, random) : MutateXml(original, random);

    /// <summary>The same seed for a file in every run (string.GetHashCode changes per process), so a failing mutant can be made again.</summary>
    public static int StableSeed(string file)
    {
        var hash = 2166136261u;
        foreach (var c in file)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    /// <summary>Flipped, dropped or repeated bytes, or a truncated tail: damage in transit or on disk.</summary>
    public static byte[] MutateBytes(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        switch (random.Next(4))
        {
            case 0:
                for (var n = random.Next(1, 16); n > 0; n--)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                break;
            case 1:
                bytes.RemoveRange(random.Next(bytes.Count / 2, bytes.Count), 0);
                return [.. bytes.Take(random.Next(1, bytes.Count))];
            case 2:
                var at = random.Next(bytes.Count);
                bytes.RemoveRange(at, Math.Min(random.Next(1, 512), bytes.Count - at));
                break;
            default:
                var from = random.Next(bytes.Count);
                bytes.InsertRange(random.Next(bytes.Count), bytes.Skip(from).Take(random.Next(1, 256)).ToList());
                break;
        }

        return [.. bytes];
    }

    /// <summary>A well-formed zip whose XML parts are damaged: cut, spliced, or given stray markup.</summary>
    public static byte[] MutateXml(byte[] original, Random random)
    {
        using var input = new MemoryStream(original);
        using var output = new MemoryStream();
        try
        {
            using var source = new ZipArchive(input, ZipArchiveMode.Read);
            using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var victims = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
            var victim = victims.Count > 0 ? victims[random.Next(victims.Count)].FullName : null;
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName == victim && text.Length > 0)
                {
                    text = DamageXml(text, random);
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open());
                writer.Write(text);
            }
        }
        catch (InvalidDataException)
        {
            return original;
        }

        return output.ToArray();
    }

    private static string DamageXml(string text, Random random)
    {
        var at = random.Next(text.Length);
        return random.Next(6) switch
        {
            0 => text[..at],
            1 => text.Remove(at, Math.Min(random.Next(1, 64), text.Length - at)),
            2 => text.Insert(at, "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>☒ OTP-C"),
            3 => text.Insert(at, "</w:tc></w:tr>"),
            4 => text.Insert(at, new string('<', random.Next(1, 4))),
            _ => text.Insert(at, text.Substring(random.Next(text.Length / 2), Math.Min(200, text.Length / 2))),
        };
    }
}

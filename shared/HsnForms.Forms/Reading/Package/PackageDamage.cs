using System.Diagnostics;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Tells a damaged file from a fault of the reader's own, and says what the damage is in our words.
/// <para>
/// Damage surfaces as the exceptions of the layers that parse the file: the zip (InvalidDataException),
/// XML (XmlException), packaging (FileFormatException, OpenXmlPackageException, UriFormatException) and
/// a stream cut short (EndOfStreamException). Any other exception is damage only when the library that
/// parses the package threw it, as when the SDK meets a relationship to nothing. Thrown from our own code
/// (a null, an index out of range, a missing key, LINQ's "sequence contains no elements"), it is our
/// fault on a file that may be perfectly readable, and must not be blamed on the sender.
/// </para>
/// </summary>
internal static class PackageDamage
{
    /// <summary>The assemblies that parse a package; an exception thrown from inside them is about the file.</summary>
    private static readonly HashSet<string> PackageLibraries = new(StringComparer.Ordinal)
    {
        "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging", "System.IO.Compression",
        "System.Private.Xml", "System.Private.Xml.Linq", "System.Private.Uri",
    };

    public static bool IsDamage(Exception ex) =>
        ex is InvalidDataException or XmlException or FileFormatException or OpenXmlPackageException or UriFormatException or EndOfStreamException
        || ex is not (OutOfMemoryException or InsufficientExecutionStackException) && ThrownByPackageLibrary(ex);

    /// <summary>A sentence of our own for the sender and the desk; the exception itself goes to the log.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) =>
            "The file carries a document type declaration (DTD), which no Word or Excel file has; it was not opened. Please save it again from Word or Excel and resend it.",
        XmlException => "The file is damaged: a part of the document is not well-formed XML. Please save it again and resend it.",
        InvalidDataException or EndOfStreamException =>
            "The file is damaged: its zip container is broken or cut short (perhaps in transit). Please save it again and resend it.",
        _ => "The file is damaged: its parts do not fit together as a Word or Excel file's should. Please save it again and resend it.",
    };

    /// <summary>The innermost frame that is either ours or a package library's decides whose exception it is.</summary>
    private static bool ThrownByPackageLibrary(Exception ex)
    {
        foreach (var frame in new StackTrace(ex, fNeedFileInfo: false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is null)
            {
                continue;
            }

            if (PackageLibraries.Contains(assembly))
            {
                return true;
            }

            if (assembly.StartsWith("HsnForms", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }
}

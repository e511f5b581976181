using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace HsnForms.Intake.Mail;

/// <summary>
/// Big5, GB2312, windows-1252 (the strings inside winmail.dat) and the other legacy code pages are not
/// in .NET by default. MimeKit looks its charsets up once, the first time it parses anything, and falls
/// back to Latin-1 for any it cannot find then: a Chinese file name comes out as "·N¦Vªí®æ.docx" and a
/// winmail.dat cannot be read at all. So they are registered as this assembly loads, before any mail is
/// parsed through it.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "The code pages must be registered before MimeKit's first parse, whichever host loads intake; registering twice is harmless.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}

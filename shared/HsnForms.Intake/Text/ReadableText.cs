using System.Globalization;
using System.Text;

namespace HsnForms.Intake.Text;

/// <summary>
/// The one way text from mail or a form is made fit for a person to read: on the report page, in the
/// tracker, in replies and reminders, in review text. Anyone can put a right-to-left override (U+202E)
/// into a file name or a display name to make "form‮xcod.exe" read as something else, or a control
/// character that some viewers drop and others choke on. Such characters are shown as [U+XXXX], so
/// nothing is hidden and nothing is silently lost; a broken surrogate becomes U+FFFD. Tab, line feed
/// and carriage return are kept (a cell may hold lines).
/// </summary>
public static class ReadableText
{
    public static string Clean(string? text) => Clean(text, oneLine: false);

    /// <summary>As <see cref="Clean(string?)"/>, with tabs and line breaks as single spaces: a subject, a name, a file name.</summary>
    public static string Line(string? text) => Clean(text, oneLine: true);

    /// <summary>Whether a character is shown as [U+XXXX] rather than as itself.</summary>
    public static bool IsHidden(char c) =>
        c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F')
            or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\uFFFE' or '\uFFFF';

    private static string Clean(string? text, bool oneLine)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHidden(c) || char.IsSurrogate(c) || (oneLine && c is '\t' or '\n' or '\r'))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16);
        clean.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (oneLine && c is '\t' or '\n' or '\r')
            {
                // "a\r\nb" is one break, one space.
                if (clean.Length == 0 || clean[^1] != ' ')
                {
                    clean.Append(' ');
                }
            }
            else if (IsHidden(c))
            {
                clean.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}

using System.Text;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// What a person types on the desk can be any length and any character: each kind of text has a bound,
/// a value over it is refused with its name (never cut silently), and characters that no page, table
/// or workbook can carry are dropped.
/// </summary>
public static class DeskText
{
    /// <summary>A note on a subscriber, or why a decision was made.</summary>
    public const int NoteLength = 2000;

    /// <summary>Who decided: a name or a sign-in account.</summary>
    public const int PersonLength = 200;

    /// <summary>One field's value; the longest forms.md value (issues) included.</summary>
    public const int ValueLength = 2000;

    /// <summary>An evidence file: a fax or a scan of a two-page form is far smaller.</summary>
    public const int FileBytes = 20 * 1024 * 1024;

    /// <summary>A file's name as kept.</summary>
    public const int FileNameLength = 200;

    /// <summary>Text that must be given: trimmed, control characters dropped, at most <paramref name="limit"/> characters.</summary>
    public static string Required(string? text, string what, int limit) =>
        Optional(text, what, limit) ?? throw new DeskDecisionException($"{what} is required.");

    /// <summary>Text that may be left out: null when it is blank.</summary>
    public static string? Optional(string? text, string what, int limit)
    {
        if (text is null)
        {
            return null;
        }

        // Checked before cleaning, so a megabyte of spaces costs nothing more than the check.
        if (text.Length > limit * 4)
        {
            throw new DeskDecisionException($"{what} is too long ({text.Length} characters; at most {limit}).");
        }

        var clean = Clean(text).Trim();
        if (clean.Length > limit)
        {
            throw new DeskDecisionException($"{what} is too long ({clean.Length} characters; at most {limit}).");
        }

        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Who made a decision: the name given, else the operating-system user (the web desk passes the signed-in account).</summary>
    public static string Person(string? by) =>
        Optional(by, "the name of who decides (--by)", PersonLength) is { } name ? OneLine(name) : OneLine(Environment.UserName is { Length: > 0 } user ? user : "unknown");

    /// <summary>Line breaks and tabs become spaces: a name or a value shown in one cell or one line.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Drops control characters (line breaks and tabs stay), lone surrogates and non-characters.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\n' or '\t' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') && !IsBidiOverride(c)))
            {
                builder.Append(c);
            }
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Bidirectional overrides make a name read differently from what it is (a "Trojan source" trick).</summary>
    private static bool IsBidiOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

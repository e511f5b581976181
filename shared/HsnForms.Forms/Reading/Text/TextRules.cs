using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HsnForms.Forms.Reading.Text;

/// <summary>How the reader folds what people type before comparing it with what it knows.</summary>
internal static partial class TextRules
{
    /// <summary>Compatibility-folds (full-width to ASCII, "：" to ":"), trims and folds inner white space to one space.</summary>
    public static string Fold(string text) => Fold(text, compatibility: true);

    /// <param name="compatibility">
    /// Whether full-width letters and punctuation become their ordinary forms (NFKC): right for comparing
    /// and for ids, phones and addresses; wrong for a name or a remark, which are kept as written.
    /// </param>
    public static string Fold(string text, bool compatibility)
    {
        if (text.Length == 0 || IsFolded(text))
        {
            // Most cells are already folded: no copy.
            return text;
        }

        // Text of characters without compatibility forms needs no normalisation; only other text pays for it.
        var normal = !compatibility || IsCompatibilityStable(text) || text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normal.Length);
        var space = false;
        foreach (var c in normal)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or >= '\uFE00' and <= '\uFE0F')
            {
                // Invisible: zero-width spaces and joiners, byte-order marks and soft hyphens pasted from web pages and
                // mail, and variation selectors (✔️ is ✔ asked to be drawn as an emoji): the same character to the reader.
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

    /// <summary>
    /// Lower case for comparing: ASCII and caseless scripts (Chinese, tick marks) directly, any other
    /// text through the invariant culture.
    /// </summary>
    public static string Lower(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x80 && !IsStable(c))
            {
                return text.ToLowerInvariant();
            }

            if (first < 0 && char.IsAsciiLetterUpper(c))
            {
                first = i;
            }
        }

        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                if (char.IsAsciiLetterUpper(span[i]))
                {
                    span[i] = (char)(span[i] | 0x20);
                }
            }
        });
    }

    /// <summary>Already what <see cref="Fold"/> returns: stable characters, single inner spaces, nothing to trim.</summary>
    private static bool IsFolded(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (c < 0x20 || c == 0x7F || c >= 0x80 && !IsStable(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCompatibilityStable(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !IsStable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A character that compatibility normalisation leaves alone, that has no case, is no white space
    /// and combines with nothing: CJK ideographs and the marks forms tick with. A unit test checks
    /// every one of them against the Unicode tables.
    /// </summary>
    internal static bool IsStable(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF'
        or >= '\u25A0' and <= '\u25FF' or >= '\u2610' and <= '\u2612' or >= '\u2713' and <= '\u2718' or '\u2B1C' or '\u274F' or '\u2751'
        or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u3001' or '\u3002';

    /// <summary>
    /// Whether <paramref name="word"/>, found at <paramref name="at"/> in <paramref name="text"/>, stands as a word
    /// there: no letter joins it on either side ("initial" in "Initial / Tick", not in "initialise"). A word in
    /// Chinese script stands anywhere, since Chinese does not space its words.
    /// </summary>
    public static bool StandsAsWord(string text, int at, string word) =>
        IsCjk(word[0])
        || (at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// A label reduced to its words: lower case, no punctuation ("Tel. No." and "TEL NO" meet), hints
    /// in brackets and numbering dropped. Chinese characters are returned apart, since a label often
    /// carries both languages.
    /// </summary>
    public static (string English, string Chinese) LabelKey(string label)
    {
        var english = label.Length <= 256 ? stackalloc char[label.Length] : new char[label.Length];
        var chinese = label.Length <= 256 ? stackalloc char[label.Length] : new char[label.Length];
        var (en, zh) = LabelKey(label, english, chinese);
        return (english[en].ToString(), chinese[..zh].ToString());
    }

    /// <summary>
    /// <see cref="LabelKey(string)"/> into buffers as long as the label: the English words' range in
    /// <paramref name="english"/> and the count of Chinese characters in <paramref name="chinese"/>.
    /// </summary>
    public static (Range English, int Chinese) LabelKey(ReadOnlySpan<char> label, Span<char> english, Span<char> chinese)
    {
        var en = 0;
        var zh = 0;
        var depth = 0;
        foreach (var raw in label)
        {
            // Full-width letters, digits and signs ("Ｅｍａｉｌ：", typed with a Chinese input method) are their ASCII selves.
            var c = LowerChar(raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw == '\u3000' ? ' ' : raw);
            switch (c)
            {
                case '(' or '（' or '[' or '【':
                    depth++;
                    continue;
                case ')' or '）' or ']' or '】':
                    depth = Math.Max(0, depth - 1);
                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (IsCjk(c))
            {
                chinese[zh++] = c;
            }
            else if (char.IsLetterOrDigit(c))
            {
                english[en++] = c;
            }
            else if (c is '-' or '.' or '\'' or '’')
            {
                // Joined, not split: "E-mail" is "email", "Tel." is "tel".
            }
            else if (en > 0 && english[en - 1] != ' ')
            {
                english[en++] = ' ';
            }
        }

        if (en > 0 && english[en - 1] == ' ')
        {
            en--;
        }

        var start = 0;
        foreach (var match in LeadingNumbering().EnumerateMatches(english[..en]))
        {
            start = match.Length;
            break;
        }

        return (start..en, zh);
    }

    /// <summary>One character in lower case; ASCII and caseless characters without asking the culture tables.</summary>
    public static char LowerChar(char c) => c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : IsStable(c) ? c : char.ToLowerInvariant(c);

    /// <summary>Letters and digits only, lower case: how control names, defined names and keys are compared.</summary>
    public static string Compact(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return buffer[..Compact(text, buffer)].ToString();
    }

    /// <summary><see cref="Compact(string)"/> into a buffer as long as the text; returns the length written.</summary>
    public static int Compact(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                into[length++] = LowerChar(c);
            }
        }

        return length;
    }

    /// <summary>A printed date format to write over ("DD/MM/YYYY", "yyyy-mm-dd", "日/月/年"): a blank, not a bad date.</summary>
    public static bool IsDateFormatHint(string folded) => DateFormatHint().IsMatch(folded);

    /// <summary>A printed date format to write over ("DD/MM/YYYY", "yyyy-mm-dd", "日/月/年"): a blank, not a bad date.</summary>
    [GeneratedRegex(@"^\(?(?:d{1,2}|m{1,4}|y{2,4}|日|月|年)(?:\s*[/\-.]?\s*(?:d{1,2}|m{1,4}|y{2,4}|日|月|年)){2}\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateFormatHint();

    private static readonly char[] AnswerEdges = [' ', ':', '：', '_', '…'];

    /// <summary>The answer part of what was written: lines to write on and stray colons removed, white space folded.</summary>
    public static string CleanAnswer(string text, bool compatibility = true)
    {
        var folded = Fold(text, compatibility);
        folded = WritingLine().Replace(folded, " ").Trim(AnswerEdges);
        return Fold(folded, compatibility);
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})\s+(?=\p{L})")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"_{2,}|\.{4,}")]
    private static partial Regex WritingLine();
}

using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Labels;

/// <summary>A printed label found in a cell or paragraph, with what was written after it on the same line.</summary>
/// <param name="Generic">The label is one many documents print (Name, Date, Results): no evidence of a form.</param>
internal sealed record LabelHit(FieldDefinition Field, string Inline, bool HadColon, bool Generic = false);

/// <summary>
/// Finds the labels in a cell or paragraph and what stands after each: "Label: value", a spaced dash,
/// dot leaders, two spaces, several labels split by tabs, line breaks or wide gaps.
/// </summary>
internal sealed partial class LabelScanner(LabelMatcher labels, ReadingWords words, ValueShapes shapes)
{
    /// <summary>
    /// Every "label: value" pair in a cell or paragraph. A cell may hold several, split by tabs, line
    /// breaks or wide gaps ("Contact Person: Chan Tai Man    Tel: 2211 6080"). Null when the cell is no label.
    /// </summary>
    public List<LabelHit>? ScanLabels(string raw)
    {
        if (raw.Length == 0 || raw.Length > 2000)
        {
            return null;
        }

        List<LabelHit>? hits = null;
        var from = 0;
        var afterTab = false;
        foreach (var separator in ChunkSplit().EnumerateMatches(raw))
        {
            if (!ScanChunk(raw.AsSpan(from, separator.Index - from), afterTab, ref hits))
            {
                return hits;
            }

            from = separator.Index + separator.Length;
            afterTab = raw[separator.Index] == '\t';
        }

        ScanChunk(raw.AsSpan(from), afterTab, ref hits);
        return hits;
    }

    /// <summary>
    /// The labels of a line that does not start with one but is set out in parts with a bar between them,
    /// as a letterhead or footer is ("2/F, 88 Des Voeux Road  |  HSN Subscriber ID: HSN5120"): each part
    /// that starts with a label is read as a cell of its own.
    /// </summary>
    public List<LabelHit>? ScanParts(string raw)
    {
        var hits = ScanLabels(raw);
        if (hits is null && (raw.Contains(" | ", StringComparison.Ordinal) || raw.Contains("\u00a0|\u00a0", StringComparison.Ordinal)))
        {
            foreach (var part in BarSplit().Split(raw).Skip(1))
            {
                if (ScanLabels(part) is { } found)
                {
                    (hits ??= []).AddRange(found);
                }
            }
        }

        return raw.Contains('(') ? WithBracketed(raw, hits) : hits;
    }

    /// <summary>
    /// A label and a value of its field's shape in brackets inside a line: a heading retyped as "Intention
    /// Form ... (Ref: HDS/23/1109)", a letter's "Re: ... (Ref. No. HDS/23/1109)". Only a shaped value counts.
    /// </summary>
    private List<LabelHit>? WithBracketed(string raw, List<LabelHit>? hits)
    {
        foreach (var group in Bracketed().EnumerateMatches(raw))
        {
            if (ScanLabels(raw.Substring(group.Index + 1, group.Length - 2)) is not { } inner)
            {
                continue;
            }

            foreach (var hit in inner)
            {
                if (hit.Field.Shape is { Length: > 0 } && shapes.Fits(hit.Field, hit.Inline) && hits?.Exists(h => h.Field == hit.Field) != true)
                {
                    (hits ??= []).Add(hit);
                }
            }
        }

        return hits;
    }

    [GeneratedRegex(@"\([^()\n]{3,80}\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s\|\s")]
    private static partial Regex BarSplit();

    /// <summary>One chunk of a cell: a label (with its inline answer), or more of the previous label's answer. False when the cell is no label cell.</summary>
    private bool ScanChunk(ReadOnlySpan<char> chunk, bool afterTab, ref List<LabelHit>? hits)
    {
        if (chunk.IsWhiteSpace())
        {
            return true;
        }

        if (SecondLabelAt(chunk) is var second and > 0)
        {
            // "Subscriber Name: Sha Tin Capital Limited HSN Subscriber ID: HSN0522": two pairs on one line,
            // the second label's words closing the first answer.
            return ScanChunk(chunk[..second], afterTab, ref hits) && ScanChunk(chunk[second..], afterTab: true, ref hits);
        }

        var colon = chunk.IndexOfAny(':', '：');
        var answerStart = colon + 1;
        LabelMatch? field = null;
        if (colon < 0 && (SpacedDash(chunk) ?? DotLeader(chunk)) is var (dashStart, dashEnd) && dashStart > 0 && labels.Match(chunk[..dashStart]) is { } dashed)
        {
            // "HSN Subscriber ID - HSN3140", "Contact Person ........ Szeto Wing Yan": a dash with a
            // space each side, or typed dots to write on, stand for the colon.
            (field, colon, answerStart) = (dashed, dashStart, dashEnd);
        }

        if (field is null && colon < 0 && chunk.IndexOf("  ", StringComparison.Ordinal) is var gap and > 0)
        {
            // "Contact Person  Kwok Wing Yan": two spaces stand for the colon when what follows is an
            // answer, not more label words ("Subscriber  Name" is one label typed loosely).
            var after = chunk[gap..].TrimStart(' ');
            if (!labels.IsLabelWords(after) && labels.Match(chunk[..gap]) is { } spaced)
            {
                (field, colon, answerStart) = (spaced, gap, chunk.Length - after.Length);
            }
        }

        if (field is null && colon < 0 && ShapedValue(chunk) is var (shaped, valueStart))
        {
            // "Ref. No. 編號 HDS/23/1109", "Subscriber code HSN1133": a label and a value of its field's
            // shape with only a space between them.
            (field, colon, answerStart) = (shaped, valueStart - 1, valueStart);
        }

        field ??= labels.Match(colon >= 0 ? chunk[..colon] : chunk);
        if (field is not null && colon > 0 && words.IsDeliveryLine(chunk[..colon]))
        {
            // "By email: desk@hkex.com.hk" heads a letter: the recipient's address, not the sender's contact.
            field = null;
        }

        if (field is null && colon > 0 && SpacedDash(chunk[..colon]) is var (innerStart, innerEnd))
        {
            // "參與 Participation – We will participate in PS2 using HSN: ☒ Yes": a label and its printed
            // sentence joined by a dash; either names the field.
            field = labels.Match(chunk[..innerStart]) ?? labels.Match(chunk[innerEnd..colon]);
        }

        if (field is { } match)
        {
            var inline = colon >= 0 ? chunk[answerStart..].ToString() : "";
            hits ??= [];
            if (hits.Count > 0 && hits[^1].Field == match.Field && words.IsBlankAnswer(hits[^1].Inline))
            {
                hits.RemoveAt(hits.Count - 1);
            }

            hits.Add(new LabelHit(match.Field, inline, colon >= 0, match.Generic));
            return true;
        }

        if (hits is { Count: > 0 })
        {
            // After a tab beside an answer already given stands another column (a footer's "Page 1 of 1"), not more of it.
            if (!afterTab || words.IsBlankAnswer(hits[^1].Inline))
            {
                hits[^1] = hits[^1] with { Inline = string.Concat(hits[^1].Inline, " ", chunk) };
            }

            return true;
        }

        // A cell that starts with something other than a label is not a label cell.
        return false;
    }

    /// <summary>
    /// Where a second "Label:" starts inside the answer of a first one, on the same line with only a space
    /// between: the words before a later colon that are a field's label and nothing but label words, after
    /// an answer of at least one word. -1 when there is none.
    /// </summary>
    private int SecondLabelAt(ReadOnlySpan<char> chunk)
    {
        var first = chunk.IndexOfAny(':', '：');
        if (first <= 0 || chunk.Length > 300)
        {
            return -1;
        }

        var from = first + 1;
        Span<int> starts = stackalloc int[6];
        while (from < chunk.Length)
        {
            var next = chunk[from..].IndexOfAny(':', '：');
            if (next < 0)
            {
                return -1;
            }

            next += from;
            var between = chunk[(first + 1)..next];

            // Label words start after a space; the longest label (up to six words back) wins.
            var count = 0;
            for (var i = between.Length - 1; i > 0 && count < starts.Length; i--)
            {
                if (between[i - 1] == ' ' && between[i] != ' ')
                {
                    starts[count++] = i;
                }
            }

            for (var k = count - 1; k >= 0; k--)
            {
                var start = starts[k];
                var candidate = between[start..].Trim();
                if (between[..start].Trim().Length > 0 && candidate.Length > 0 && labels.IsLabelWords(candidate) && labels.Match(candidate) is not null)
                {
                    return first + 1 + start;
                }
            }

            from = next + 1;
        }

        return -1;
    }

    /// <summary>A label, a space and a value of the label's field's shape, split at the space; null when the line is none.</summary>
    private (LabelMatch Field, int ValueStart)? ShapedValue(ReadOnlySpan<char> chunk)
    {
        // Every shaped value but an e-mail address ends in a digit (an ID, a reference, a number, a date).
        var trimmed = chunk.TrimEnd();
        if (trimmed.Length is < 3 or > 120 || !char.IsAsciiDigit(trimmed[^1]) && !trimmed.Contains('@'))
        {
            return null;
        }

        // The value is the last one to three words; the label is what stands before them.
        var end = chunk.Length;
        for (var words = 0; words < 3; words++)
        {
            var space = chunk[..end].TrimEnd().LastIndexOf(' ');
            if (space <= 0)
            {
                return null;
            }

            if (labels.Match(chunk[..space]) is { } match && shapes.Fits(match.Field, chunk[(space + 1)..].ToString()))
            {
                return (match, space + 1);
            }

            end = space;
        }

        return null;
    }

    [GeneratedRegex(@"\t+|\r?\n+| {3,}|_{3,}")]
    private static partial Regex ChunkSplit();

    /// <summary>Three or more dots (or an ellipsis) typed between a label and its answer, with the spaces around them.</summary>
    private static (int Start, int End)? DotLeader(ReadOnlySpan<char> chunk)
    {
        var start = chunk.IndexOf("...", StringComparison.Ordinal);
        var ellipsis = chunk.IndexOf('…');
        if (start < 0 || ellipsis >= 0 && ellipsis < start)
        {
            start = ellipsis;
        }

        if (start <= 0)
        {
            return null;
        }

        var end = start;
        while (end < chunk.Length && chunk[end] is '.' or '…' or ' ' or '\t')
        {
            end++;
        }

        var labelEnd = start;
        while (labelEnd > 0 && chunk[labelEnd - 1] == ' ')
        {
            labelEnd--;
        }

        return labelEnd > 0 ? (labelEnd, end) : null;
    }

    private static (int Start, int End)? SpacedDash(ReadOnlySpan<char> chunk)
    {
        for (var i = 1; i + 1 < chunk.Length; i++)
        {
            if (chunk[i] is '-' or '–' or '—' && chunk[i - 1] == ' ' && chunk[i + 1] == ' ')
            {
                return (i - 1, i + 2);
            }
        }

        return null;
    }
}

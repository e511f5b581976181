using System.Text;
using System.Text.RegularExpressions;
using HsnForms.Forms.Reading.Labels;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Page;

internal enum Mark
{
    None,
    Checked,
    Unchecked,
}

/// <summary>A run of text and the tick box that goes with it, if any.</summary>
/// <param name="MarkLeads">The mark stands before its text ("☒ Yes"), not after it ("Yes ☒").</param>
/// <param name="OrElse">
/// Set when the mark may as well belong to the text on its other side ("Yes | ☒ | No", one mark between
/// two options): the mark is doubt, not an answer.
/// </param>
internal readonly record struct Segment(Mark Mark, string Text, bool MarkLeads = true, string? OrElse = null)
{
    public bool IsDoubtful => OrElse is not null;
}

/// <summary>
/// Filled and hollow geometric shapes that people type as a ticked and an empty box ("■ We will not",
/// "□ We will"). Each filled family's flag is one bit below its hollow counterpart's.
/// </summary>
[Flags]
internal enum Shapes : byte
{
    None = 0,
    FilledSquare = 1,
    HollowSquare = 2,
    FilledCircle = 4,
    HollowCircle = 8,
    FilledDiamond = 16,
    HollowDiamond = 32,
    Filled = FilledSquare | FilledCircle | FilledDiamond,
}

/// <summary>A cell as the interpreter sees it: folded text with every tick idiom turned into ☒ or ☐.</summary>
internal sealed partial class CellView
{
    /// <param name="initialled">The cell holds initials in a column that asks for them: a tick.</param>
    public CellView(LayoutCell cell, int row, int index, ReadingWords words, bool initialled = false)
    {
        Cell = cell;
        Row = row;
        Index = index;
        Interpret(words, Shapes.None, initialled);
    }

    /// <summary>
    /// The geometric shapes the cell shows, printed empty boxes (☐ □) among them. A filled shape alone is as
    /// likely a bullet: it is a tick only where its hollow counterpart stands as the empty box beside it.
    /// </summary>
    public Shapes ShownShapes { get; private set; }

    /// <summary>
    /// Reads the filled shapes of the given families as ticked boxes and their hollow counterparts as empty
    /// ones: the block of choices the cell stands in pairs them ("■ We will not participate" on one line,
    /// "□ We will participate" on the next).
    /// </summary>
    public void TakeShapesAsBoxes(Shapes paired, ReadingWords words)
    {
        // An initialled cell reads "☒", with no shape in it.
        if (Text.AsSpan().ContainsAny(s_shapes))
        {
            Interpret(words, paired, initialled: false);
        }
    }

    /// <summary>Whether a grid whose cells show these shapes pairs a filled family with its hollow counterpart; which families.</summary>
    public static Shapes PairedShapes(Shapes shown) => shown & (Shapes)((int)shown >> 1) & Shapes.Filled;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Text), nameof(Segments))]
    private void Interpret(ReadingWords words, Shapes paired, bool initialled)
    {
        var cell = Cell;
        var shapes = Shapes.None;
        Text = initialled ? Marks.Checked.ToString() : NormaliseMarks(TextRules.Fold(cell.Text), paired, out shapes);
        ShownShapes = shapes;
        if (!initialled && cell.OwnText is { } own)
        {
            // A cell holding a table: the table is read as a grid of its own, where each tick stands in its
            // row; in the cell's run-together text a tick could pair with the wrong line. Only the cell's own
            // paragraphs are its choices. It still counts as marked, so the codes the nested table lists are
            // not taken as a typed answer to the label beside them.
            var ownText = NormaliseMarks(TextRules.Fold(own), paired, out _);
            Lone = LoneMark(ownText, words);
            Segments = Lone == Mark.None ? Split(ownText) : [];
            HasMarks = Lone != Mark.None || AnyMarked(Segments) || Text.AsSpan().ContainsAny(Marks.Checked, Marks.Unchecked);
            return;
        }

        Lone = cell.Bool switch
        {
            true => Mark.Checked,
            false => Mark.Unchecked,
            null => cell.HadStrike ? LoneMark(Text.Trim(' ', '/', '|', ',', '-', '\n'), words) : LoneMark(Text, words),
        };
        Segments = Lone == Mark.None ? Split(LinedWhenTicked(cell.Text, Text, paired)) : [];
        HasMarks = Lone != Mark.None || AnyMarked(Segments);
    }

    /// <summary>The cell is a lone "V", the letter some people tick with: a tick only where a mark is expected.</summary>
    public bool IsLetterTick => Text is "V" or "v";

    /// <summary>The cell is a yes or no word ("Yes", "否") that says so as a whole cell, not a typed value or a box.</summary>
    public bool IsWordMark(ReadingWords words) => Cell.Bool is null && Lone != Mark.None && words.TickWord(Text) is not null;

    /// <summary>
    /// The cell prints an option ("Yes" beside "No") rather than choosing it: a caption, with no mark.
    /// </summary>
    public bool IsCaption { get; private set; }

    /// <summary>Reads the cell as a tick, where its row or column expects one (a "V" under "Successful").</summary>
    public void TakeAsTick()
    {
        Lone = Mark.Checked;
        Segments = [];
        HasMarks = true;
    }

    /// <summary>Reads the cell as the printed caption of an option, not a mark.</summary>
    public void TakeAsCaption()
    {
        Lone = Mark.None;
        Segments = [new Segment(Mark.None, Text)];
        HasMarks = false;
        IsCaption = true;
    }

    public LayoutCell Cell { get; }
    public int Row { get; }
    public int Index { get; }
    public string Text { get; private set; }

    /// <summary>The whole cell is a tick (☒, X, ✓, TRUE, Yes) or an empty box.</summary>
    public Mark Lone { get; private set; }

    public List<Segment> Segments { get; private set; }

    /// <summary>The field labels this cell prints, if it is a label cell.</summary>
    public List<LabelHit>? Labels { get; set; }

    public bool HasMarks { get; private set; }

    private static bool AnyMarked(List<Segment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Mark != Mark.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text outside any unticked box: what the cell says it chose.</summary>
    public string ChosenText => string.Join(" ", Segments.Where(s => s.Mark != Mark.Unchecked).Select(s => s.Text));

    /// <summary>What a piece of text says on its own when it stands where a tick would: the one list of tick idioms.</summary>
    public static Mark MarkOf(string text, ReadingWords words) => LoneMark(NormaliseMarks(TextRules.Fold(text), Shapes.None, out _), words);

    private static Mark LoneMark(string text, ReadingWords words) => text switch
    {
        "☒" or "X" or "x" or "✓" or "✔" or "√" or "✗" or "✘" or "■" or "▣" or "●" => Mark.Checked,
        "☐" or "□" or "○" => Mark.Unchecked,
        _ => words.TickWord(text) switch
        {
            true => Mark.Checked,
            false => Mark.Unchecked,
            null => Mark.None,
        },
    };

    /// <param name="paired">Shape families the cell's grid pairs: their filled shapes are ticks, their hollow ones empty boxes.</param>
    /// <param name="shown">The geometric shapes the text shows, printed boxes (☐ □) among them.</param>
    private static string NormaliseMarks(string text, Shapes paired, out Shapes shown)
    {
        shown = Shapes.None;
        if (text.Length == 0)
        {
            return text;
        }

        var marked = text;
        if (text.AsSpan().ContainsAny(s_emojiMarks))
        {
            // Ticks drawn as emoji or pictographs: ✅, and 🗹 🗸 🗷 🗵 (outside the BMP, two UTF-16 units each).
            marked = EmojiMark().Replace(marked, "☒");
        }

        if (marked.AsSpan().ContainsAny(s_markVariants))
        {
            var builder = new StringBuilder(marked.Length);
            var shapes = Shapes.None;
            foreach (var c in marked)
            {
                var shape = ShapeOf(c);
                shapes |= shape;
                builder.Append(c switch
                {
                    '☑' or '✔' or '✓' or '✗' or '✘' or '☒' or '▣' or '√' => Marks.Checked,
                    '☐' or '□' or '❏' or '❑' or '⬜' => Marks.Unchecked,
                    _ when shape != Shapes.None && Paired(shape, paired) => shape is Shapes.FilledSquare or Shapes.FilledCircle or Shapes.FilledDiamond ? Marks.Checked : Marks.Unchecked,
                    _ => c,
                });
            }

            marked = builder.ToString();
            shown = shapes;

            // A filled shape beside empty boxes in the same cell ("■ Yes ☐ No", "● Yes ○ No") is the one
            // filled in, whatever the empty boxes' shape; alone it is as likely a bullet.
            var left = shapes & ~(paired | (Shapes)((int)paired << 1));
            if ((left & Shapes.Filled) != Shapes.None && (left & ~Shapes.Filled) != Shapes.None)
            {
                var inCell = new StringBuilder(marked.Length);
                foreach (var c in marked)
                {
                    var shape = ShapeOf(c);
                    inCell.Append(shape == Shapes.None ? c : (shape & Shapes.Filled) != Shapes.None ? Marks.Checked : Marks.Unchecked);
                }

                marked = inCell.ToString();
            }
        }

        // A glyph written twice over is one mark: a control's state and its symbol both drawn ("☒☒"),
        // or a tick typed over a printed tick.
        if (marked.Contains("☒☒", StringComparison.Ordinal) || marked.Contains("☐☐", StringComparison.Ordinal))
        {
            marked = RepeatedMark().Replace(marked, "$1");
        }

        // The patterns below need a bracket or an X; most cells have neither, and skip them.
        if (marked.AsSpan().ContainsAny('[', '('))
        {
            marked = BracketTicked().Replace(marked, "☒");
            marked = BracketEmpty().Replace(marked, "☐");
        }

        if (!marked.AsSpan().ContainsAny('x', 'X'))
        {
            return marked;
        }

        // "X" typed against printed boxes: "X Yes ☐ No", or a line "X OTP-C" among "☐ OTP-CSC" lines.
        if (marked.Contains(Marks.Unchecked, StringComparison.Ordinal) || marked.Contains(Marks.Checked, StringComparison.Ordinal))
        {
            marked = TypedCross().Replace(marked, "☒");
        }
        else if (LeadingCross().IsMatch(marked) && marked.Length <= 200)
        {
            marked = "☒" + marked[1..];
        }

        return marked;
    }

    /// <summary>
    /// The cell's text with its lines kept apart, when it has lines and two or more boxes: a tick after
    /// each chosen line ("OTP-C ✔", "OMD-C", "OMD-CC ✔") belongs to its own line only. Otherwise the folded text.
    /// </summary>
    private static string LinedWhenTicked(string raw, string folded, Shapes paired)
    {
        if (!raw.Contains('\n', StringComparison.Ordinal) || folded.AsSpan().Count(Marks.Checked) + folded.AsSpan().Count(Marks.Unchecked) < 2)
        {
            return folded;
        }

        var lined = NormaliseMarks(string.Join('\n', raw.Split('\n').Select(l => TextRules.Fold(l)).Where(l => l.Length > 0)), paired, out _);
        return lined.AsSpan().Count(Marks.Checked) + lined.AsSpan().Count(Marks.Unchecked) == folded.AsSpan().Count(Marks.Checked) + folded.AsSpan().Count(Marks.Unchecked)
            ? lined : folded;
    }

    // ✅ and the high surrogate of the pictograph block (U+1F5xx) that holds the ballot-box ticks.
    private static readonly System.Buffers.SearchValues<char> s_emojiMarks = System.Buffers.SearchValues.Create("\u2705\uD83D");

    private static readonly System.Buffers.SearchValues<char> s_markVariants = System.Buffers.SearchValues.Create("☑✔✓✗✘☒▣√☐□❏❑⬜■◼▪●◉◆◻▫○◯◇");

    private static readonly System.Buffers.SearchValues<char> s_shapes = System.Buffers.SearchValues.Create("■◼▪●◉◆◻▫○◯◇");

    /// <summary>The geometric shape a character draws, if it is one people type as a box: ■ ◼ ▪ □ ◻ ▫, ● ◉ ○ ◯, ◆ ◇.</summary>
    private static Shapes ShapeOf(char c) => c switch
    {
        '■' or '◼' or '▪' => Shapes.FilledSquare,
        '□' or '◻' or '▫' or '☐' or '❏' or '❑' or '⬜' => Shapes.HollowSquare,
        '●' or '◉' => Shapes.FilledCircle,
        '○' or '◯' => Shapes.HollowCircle,
        '◆' => Shapes.FilledDiamond,
        '◇' => Shapes.HollowDiamond,
        _ => Shapes.None,
    };

    /// <summary>Whether a shape belongs to one of the paired families, filled or hollow.</summary>
    private static bool Paired(Shapes shape, Shapes paired) =>
        (shape & paired) != Shapes.None || (shape & (Shapes)((int)paired << 1)) != Shapes.None;

    /// <summary>
    /// Splits text at its tick boxes. A box stands before its words ("☒ Successful ☐ Failed") unless
    /// nothing follows the last box, when each box ends its words ("We will participate ☒").
    /// </summary>
    private static List<Segment> Split(string text)
    {
        var segments = SplitLines(text);
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            for (var i = 0; i < segments.Count; i++)
            {
                segments[i] = segments[i] with { Text = segments[i].Text.Replace('\n', ' ') };
            }
        }

        return segments;
    }

    private static List<Segment> SplitLines(string text)
    {
        var first = text.AsSpan().IndexOfAny(Marks.Checked, Marks.Unchecked);
        if (first < 0)
        {
            return [new Segment(Mark.None, text)];
        }

        var segments = new List<Segment>();
        var last = text.AsSpan().LastIndexOfAny(Marks.Checked, Marks.Unchecked);
        var boxesLead = HasWords(text.AsSpan(last + 1));
        if (boxesLead)
        {
            if (HasWords(text.AsSpan(0, first)))
            {
                segments.Add(new Segment(Mark.None, text[..first].Trim()));
            }

            for (var i = first; i >= 0 && i < text.Length;)
            {
                var next = NextMark(text, i + 1);
                var end = next < 0 ? text.Length : next;
                segments.Add(new Segment(text[i] == Marks.Checked ? Mark.Checked : Mark.Unchecked, text[(i + 1)..end].Trim()));
                i = next;
            }
        }
        else
        {
            var start = 0;
            if (QuestionEnd(text.AsSpan(0, first)) is var end and > 0)
            {
                // "Will you participate? Yes ☐ No ☒": the question is no option; the box follows the word before it.
                segments.Add(new Segment(Mark.None, text[..end].Trim()));
                start = end;
            }

            // Options one per line with a tick after the chosen ones ("OTP-C ✔", "OMD-C", "OMD-CC ✔"): a box
            // ends its own line only, and a line before it with no box of its own is an option not chosen.
            var perLine = first != last && text.Contains('\n', StringComparison.Ordinal);
            for (var i = first; i >= 0;)
            {
                var words = text[start..i];
                if (perLine && words.LastIndexOf('\n') is var lineStart and >= 0)
                {
                    foreach (var line in words[..lineStart].Split('\n'))
                    {
                        if (HasWords(line))
                        {
                            segments.Add(new Segment(Mark.Unchecked, line.Trim(), MarkLeads: false));
                        }
                    }

                    words = words[(lineStart + 1)..];
                }

                segments.Add(new Segment(text[i] == Marks.Checked ? Mark.Checked : Mark.Unchecked, words.Trim(), MarkLeads: false));
                start = i + 1;
                i = NextMark(text, i + 1);
            }
        }

        return segments;
    }

    /// <summary>Where a question or label that opens a line of options ends (after its "?" or ":"), when options follow it; else 0.</summary>
    private static int QuestionEnd(ReadOnlySpan<char> beforeFirstBox)
    {
        var end = beforeFirstBox.LastIndexOfAny('?', ':', '？') + 1;
        return end > 0 && HasWords(beforeFirstBox[..end]) && HasWords(beforeFirstBox[end..]) ? end : 0;
    }

    private static int NextMark(string text, int from) =>
        text.AsSpan(from).IndexOfAny(Marks.Checked, Marks.Unchecked) is var at and >= 0 ? from + at : -1;

    private static bool HasWords(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;

    /// <summary>✅ (U+2705), 🗸 light check mark, 🗹 ballot box with bold check, 🗷 🗵 ballot boxes with a cross.</summary>
    [GeneratedRegex("\u2705|\uD83D[\uDDF5\uDDF7\uDDF8\uDDF9]")]
    private static partial Regex EmojiMark();

    [GeneratedRegex(@"[\[(]\s*[xX✓✔√☒]\s*[\])]")]
    private static partial Regex BracketTicked();

    [GeneratedRegex(@"(?<=^|\s)[xX](?=\s)")]
    private static partial Regex TypedCross();

    /// <summary>A line that starts with a lone X before words, as people mark a choice without a box.</summary>
    [GeneratedRegex(@"^[xX]\s+(?=[A-Za-z\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex LeadingCross();

    [GeneratedRegex(@"([☒☐])\1+")]
    private static partial Regex RepeatedMark();

    [GeneratedRegex(@"\[\s*\]|\(\s+\)")]
    private static partial Regex BracketEmpty();
}

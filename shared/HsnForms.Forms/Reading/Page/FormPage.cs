using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Labels;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Page;

/// <summary>The whole document prepared for interpretation, built once per file.</summary>
internal sealed partial class FormPage
{
    private readonly ReadingContext _context;
    private readonly List<GridKind> _kinds = [];
    private readonly List<List<RowInfo>> _grids = [];
    private readonly List<(RowInfo Row, CellView Cell, LabelHit Hit, bool Last)> _hits = [];
    private bool? _isList;

    public FormPage(DocumentLayout layout, ReadingContext context)
    {
        Layout = layout;
        _context = context;
        var all = new System.Text.StringBuilder();
        var quoted = QuotedRows(layout, context.Catalog.Vocabulary, out var emailHeader);
        IsEmailPrintout = emailHeader;

        // Each grid's cells, row by row, before its rows are read: one list for all grids.
        var gridCells = new List<List<CellView>>();
        var rowShapes = new List<Shapes>();
        for (var g = 0; g < layout.Grids.Count; g++)
        {
            var grid = layout.Grids[g];
            var rows = new List<RowInfo>(grid.Rows.Count);
            var initialled = grid.Kind == GridKind.Flow ? null : Initialled(grid, context);
            gridCells.Clear();
            rowShapes.Clear();
            var shapes = Shapes.None;
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                var cells = new List<CellView>(grid.Rows[r].Cells.Count);
                var shown = Shapes.None;
                // A line an e-mail quotes is what someone wrote before, never an answer: the row stays, empty.
                for (var i = 0; i < (quoted.Contains((g, r)) ? 0 : grid.Rows[r].Cells.Count); i++)
                {
                    var cell = new CellView(grid.Rows[r].Cells[i], r, i, context.Words, initialled?.Contains(grid.Rows[r].Cells[i]) == true);
                    var labels = context.Scanner.ScanParts(cell.Cell.Text);
                    cell.Labels = grid.InMargin ? InMargin(labels) : labels;
                    shown |= cell.ShownShapes;
                    cells.Add(cell);
                }

                gridCells.Add(cells);
                rowShapes.Add(shown);
                shapes |= shown;
            }

            if (CellView.PairedShapes(shapes) != Shapes.None)
            {
                PairShapes(gridCells, rowShapes, context.Words);
            }

            for (var r = 0; r < grid.Rows.Count; r++)
            {
                var cells = gridCells[r];
                TicksByLetter(cells, rows);
                CaptionsOfOptions(cells);
                var row = new RowInfo
                {
                    Grid = g,
                    Index = r,
                    Cells = cells,
                    Text = RowText(cells),
                    Segments = RowSegments(cells),
                    HadStrike = cells.Count > 0 && grid.Rows[r].Cells.Exists(c => c.HadStrike),
                };
                rows.Add(row);
                all.Append(row.Text).Append('\n');
                foreach (var cell in cells)
                {
                    if (cell.Labels is not { } hits)
                    {
                        continue;
                    }

                    row.LabelledAs ??= hits[0].Field;
                    for (var h = 0; h < hits.Count; h++)
                    {
                        _hits.Add((row, cell, hits[h], h == hits.Count - 1));
                    }
                }
            }

            _kinds.Add(grid.Kind);
            _grids.Add(rows);
        }

        Controls = new List<ControlView>(layout.Controls.Count);
        foreach (var control in layout.Controls)
        {
            Controls.Add(new ControlView(control, context.Labels, context.Services));
            all.Append(TextRules.Fold($"{control.Alias} {control.Text}")).Append('\n');
        }

        AllText = all.ToString();
        Rows = _grids.SelectMany(g => g).ToList();

    }

    public DocumentLayout Layout { get; }

    /// <summary>How many rows with no shape end a block of choices drawn with shapes.</summary>
    private const int RowsBetweenBlocks = 3;

    /// <summary>
    /// "■ We will not participate" on one line and "□ We will participate" on the next: a filled shape whose
    /// hollow counterpart is an empty box in the same block of choices (rows with shapes, fewer than
    /// <see cref="RowsBetweenBlocks"/> rows apart, in one table, sheet or run of paragraphs) is a tick. A
    /// filled shape far from any empty box of its family, in a list above the form, is a bullet.
    /// </summary>
    private static void PairShapes(List<List<CellView>> rows, List<Shapes> rowShapes, ReadingWords words)
    {
        var start = -1;
        var last = -1;
        var block = Shapes.None;
        for (var r = 0; r <= rows.Count; r++)
        {
            if (r < rows.Count && rowShapes[r] == Shapes.None)
            {
                continue;
            }

            if (start >= 0 && (r == rows.Count || r - last > RowsBetweenBlocks))
            {
                if (CellView.PairedShapes(block) is var paired and not Shapes.None)
                {
                    for (var b = start; b <= last; b++)
                    {
                        foreach (var cell in rows[b])
                        {
                            cell.TakeShapesAsBoxes(paired, words);
                        }
                    }
                }

                start = -1;
                block = Shapes.None;
            }

            if (r == rows.Count)
            {
                break;
            }

            start = start < 0 ? r : start;
            last = r;
            block |= rowShapes[r];
        }
    }

    /// <summary>
    /// The document is an e-mail printed or saved as a document: it opens with the sender's header line
    /// ("From:") and two more of an e-mail's headers ("To:", "Sent:", "Subject:"). It is a message about
    /// a form; it is the form only where the form itself stands in it under its own title.
    /// </summary>
    public bool IsEmailPrintout { get; }

    /// <summary>
    /// The rows (grid, row) an e-mail quotes: paragraphs opening with a quote mark ("&gt; Subscriber ID:"),
    /// and in an e-mail printout everything after a line that only introduces the earlier message
    /// ("-----Original Message-----", "On 21 Nov, Ivy Chan wrote:").
    /// </summary>
    private static HashSet<(int Grid, int Row)> QuotedRows(DocumentLayout layout, FormVocabulary words, out bool emailHeader)
    {
        var quoted = new HashSet<(int, int)>();
        emailHeader = EmailHeaderBlock(layout, words);
        var below = false;
        for (var g = 0; g < layout.Grids.Count; g++)
        {
            var grid = layout.Grids[g];
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                if (below)
                {
                    quoted.Add((g, r));
                    continue;
                }

                if (grid.Kind != GridKind.Flow)
                {
                    continue;
                }

                var text = LineOf(grid.Rows[r]);
                if (words.EmailQuoteMarks.Any(m => text.StartsWith(m, StringComparison.Ordinal)))
                {
                    quoted.Add((g, r));
                }
                else if (emailHeader && IntroducesQuote(text, words))
                {
                    below = true;
                }
            }
        }

        return quoted;
    }

    /// <summary>A layout row's text as one line, its cells a space apart: a paragraph's own text, without a copy.</summary>
    private static string LineOf(LayoutRow row) =>
        (row.Cells.Count == 1 ? row.Cells[0].Text : string.Join(" ", row.Cells.Select(c => c.Text))).Trim();

    private static bool IntroducesQuote(string text, FormVocabulary words)
    {
        var folded = TextRules.Lower(TextRules.Fold(text));
        var bare = folded.Trim('-', '_', '=', ' ');
        return words.EmailQuoteSeparators.Any(s => string.Equals(bare, s, StringComparison.OrdinalIgnoreCase))
            || folded.Length <= 200 && words.EmailQuoteLeadOuts.Any(l => folded.EndsWith(l, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The first lines of the document (paragraphs, or a table's rows as Outlook prints them) hold the
    /// sender's header and two more of an e-mail's headers.
    /// </summary>
    private static bool EmailHeaderBlock(DocumentLayout layout, FormVocabulary words)
    {
        if (words.EmailHeaders.Count == 0)
        {
            return false;
        }

        var seen = new HashSet<int>();
        var lines = 0;
        foreach (var grid in layout.Grids)
        {
            foreach (var row in grid.Rows)
            {
                var text = TextRules.Fold(LineOf(row)).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (++lines > 10)
                {
                    break;
                }

                var colon = text.IndexOf(':');
                if (colon <= 0 || colon > 20)
                {
                    continue;
                }

                var name = TextRules.Lower(text[..colon].Trim());
                for (var h = 0; h < words.EmailHeaders.Count; h++)
                {
                    if (words.EmailHeaders[h].Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        seen.Add(h);
                    }
                }
            }

            if (lines > 10)
            {
                break;
            }
        }

        return seen.Contains(0) && seen.Count >= 3;
    }

    /// <summary>
    /// A lone "V" is a tick where a mark is expected: after the service its row names, or under a column
    /// headed by a result word or a service code. Elsewhere it is only a letter.
    /// </summary>
    private void TicksByLetter(List<CellView> cells, List<RowInfo> above)
    {
        for (var i = 1; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!cell.IsLetterTick)
            {
                continue;
            }

            var before = string.Join(" ", cells.Take(i).Select(c => c.Text));
            var named = _context.Services.Find(before).Select(s => s.Code).Distinct().Count() == 1;
            if (named || ColumnHeading(above, cell) is { } heading
                && (_context.ResultWords.Single(heading) is not null || _context.Services.Find(heading).Count == 1))
            {
                cell.TakeAsTick();
            }
        }
    }

    /// <summary>The text heading a cell's column: the nearest non-empty cell above it in the rows read so far.</summary>
    private static string? ColumnHeading(List<RowInfo> above, CellView cell)
    {
        var column = cell.Cell.Column;
        for (var r = above.Count - 1; r >= 0 && r >= above.Count - 15; r--)
        {
            var header = above[r].Cells.FirstOrDefault(c => c.Cell.Column <= column && column < c.Cell.Column + c.Cell.Span);
            if (header is { Text.Length: > 0 })
            {
                return header.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// A choice's question with its options printed as whole cells, "Yes" and "No", and nothing marked
    /// anywhere in the row: the words are the options' captions, not a "Yes" typed as the answer.
    /// </summary>
    private void CaptionsOfOptions(List<CellView> cells)
    {
        // Most rows hold no yes or no word as a whole cell: no list for them.
        var count = 0;
        foreach (var cell in cells)
        {
            count += cell.Lone != Mark.None && cell.IsWordMark(_context.Words) ? 1 : 0;
        }

        if (count < 2)
        {
            return;
        }

        var words = cells.Where(c => c.IsWordMark(_context.Words)).ToList();
        if (words.Count < 2 || words.Select(c => c.Lone).Distinct().Count() < 2
            || cells.Exists(c => c.HasMarks && !words.Contains(c))
            || !cells.Exists(c => c.Labels is { } hits && hits.Exists(h => h.Field.Type == FieldType.YesNo)))
        {
            return;
        }

        foreach (var cell in words)
        {
            cell.TakeAsCaption();
        }
    }

    /// <summary>
    /// A page header or footer says whose document it is (the subscriber's name or ID, the circular's
    /// reference), not the form's answers: a letterhead's Tel, Fax and e-mail are the firm's, not the contact's.
    /// </summary>
    private static List<LabelHit>? InMargin(List<LabelHit>? hits)
    {
        if (hits is null || hits.TrueForAll(h => h.Field.Identifies || h.Field.Shape is { Length: > 0 }))
        {
            return hits;
        }

        var kept = hits.FindAll(h => h.Field.Identifies || h.Field.Shape is { Length: > 0 });
        return kept.Count > 0 ? kept : null;
    }

    /// <summary>The next row of the same table or run of paragraphs.</summary>
    public RowInfo? Below(RowInfo row) => row.Index + 1 < _grids[row.Grid].Count ? _grids[row.Grid][row.Index + 1] : null;

    /// <summary>
    /// The cells of a column headed "Initial / Tick" that hold a person's initials ("CKW") where other
    /// rows of the column are left empty: each is a tick. A column where every row holds text is not one.
    /// </summary>
    private static HashSet<LayoutCell>? Initialled(LayoutGrid grid, ReadingContext context)
    {
        var words = context.Words;
        HashSet<LayoutCell>? found = null;
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            foreach (var heading in grid.Rows[r].Cells)
            {
                if (heading.IsEmpty || !words.IsInitialHeading(heading.Text))
                {
                    continue;
                }

                var initials = new List<LayoutCell>();
                var empty = 0;
                for (var below = r + 1; below < grid.Rows.Count; below++)
                {
                    var cell = grid.Rows[below].Cells.Find(c => c.Column == heading.Column);
                    var mark = cell is null ? Mark.Unchecked : CellView.MarkOf(cell.Text, words);
                    if (cell is null || cell.IsEmpty || mark == Mark.Unchecked)
                    {
                        empty++;
                    }
                    else if (mark == Mark.Checked)
                    {
                        continue;
                    }
                    else if (Initials().IsMatch(TextRules.Fold(cell.Text)) && context.ResultWords.Single(cell.Text) is null)
                    {
                        initials.Add(cell);
                    }
                    else if (words.IsInitialHeading(cell.Text))
                    {
                        break;
                    }
                    else
                    {
                        // Words in the column: remarks, not initials.
                        initials.Clear();
                        break;
                    }
                }

                if (initials.Count > 0 && empty > 0)
                {
                    (found ??= []).UnionWith(initials);
                }
            }
        }

        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}(?:\.?\s?\p{Lu}){1,3}\.?$")]
    private static partial System.Text.RegularExpressions.Regex Initials();

    /// <summary>The first row of the grid after the row's own, when both are printed in the same place (body or margin).</summary>
    public RowInfo? NextGridStart(RowInfo row) =>
        row.Grid + 1 < _grids.Count && _grids[row.Grid + 1].Count > 0 && Layout.Grids[row.Grid + 1].InMargin == Layout.Grids[row.Grid].InMargin
            ? _grids[row.Grid + 1][0] : null;

    /// <summary>The named controls, each with the field its name or title points to.</summary>
    public List<ControlView> Controls { get; }
    public List<RowInfo> Rows { get; }
    /// <summary>Every row's and control's text, one per line, in document order (compare ignoring case).</summary>
    public string AllText { get; }

    /// <summary>
    /// A list of many subscribers (a register, a mailing list, the service desk's own tracker): a row of
    /// field labels with three or more rows of values under them, or three different subscriber IDs down
    /// one column, whatever the rows around them say ("Contact A" under "Contact Person" reads as a label
    /// too). A form has one answer per label and one subscriber.
    /// </summary>
    public bool IsList => _isList ??= LooksLikeList();

    private bool LooksLikeList()
    {
        if (ManySubscribersInOneColumn())
        {
            return true;
        }

        // The hits are in reading order, so one row's hits sit together: each run of them is one row's labels.
        var columns = new List<int>();
        for (var start = 0; start < _hits.Count;)
        {
            var row = _hits[start].Row;
            var end = start;
            columns.Clear();
            for (; end < _hits.Count && _hits[end].Row == row; end++)
            {
                var hit = _hits[end];
                if (hit.Hit.Field.Type is not (FieldType.ServiceSet or FieldType.ServiceResults or FieldType.YesNo) && !columns.Contains(hit.Cell.Cell.Column))
                {
                    columns.Add(hit.Cell.Cell.Column);
                }
            }

            start = end;
            if (columns.Count >= 2 && ValueRowsUnder(row, columns) >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Three different subscriber IDs, each the whole of its cell, in one column of a table or sheet.</summary>
    private bool ManySubscribersInOneColumn()
    {
        foreach (var rows in _grids)
        {
            Dictionary<int, HashSet<string>>? ids = null;
            foreach (var row in rows)
            {
                if (_kinds[row.Grid] == GridKind.Flow)
                {
                    break;
                }

                foreach (var cell in row.Cells)
                {
                    var text = cell.Cell.Text;
                    if (text.Length is < 7 or > 12 || (text[0] | 0x20) != 'h' || Fields.SubscriberIdReader.WholeId(text) is not { } id)
                    {
                        continue;
                    }

                    ids ??= [];
                    if (!ids.TryGetValue(cell.Cell.Column, out var column))
                    {
                        ids[cell.Cell.Column] = column = new HashSet<string>(StringComparer.Ordinal);
                    }

                    if (column.Add(id) && column.Count >= 3)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Rows of answers under a row of labels, up to the next row that prints a label (the next block of a form).</summary>
    private int ValueRowsUnder(RowInfo labels, List<int> columns)
    {
        var rows = _grids[labels.Grid];
        var count = 0;
        for (var r = labels.Index + 1; r < rows.Count && rows[r].LabelledAs is null; r++)
        {
            var answered = 0;
            foreach (var column in columns)
            {
                if (rows[r].Cells.Find(x => x.Cell.Column == column) is { } cell && !cell.Cell.IsEmpty && cell.Labels is null)
                {
                    answered++;
                }
            }

            if (answered < 2)
            {
                break;
            }

            count++;
        }

        return count;
    }

    /// <summary>The fields whose labels the page prints or whose controls it holds, generic labels included.</summary>
    public HashSet<string> FieldsFound()
    {
        var found = _hits.Select(h => h.Hit.Field.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var control in Controls)
        {
            if ((control.NameField ?? control.AliasField) is { } field)
            {
                found.Add(field.Key);
            }
        }

        return found;
    }

    /// <summary>
    /// The fields the page names in their own words: a label no other kind of document prints ("HSN
    /// Subscriber ID", not "Date" or "Results"), or a control whose name or title is more than a generic label.
    /// </summary>
    public HashSet<string> FieldsNamedSpecifically()
    {
        var found = _hits.Where(h => !h.Hit.Generic).Select(h => h.Hit.Field.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var control in Controls)
        {
            if (control.NameField is { } named && !_context.Labels.IsGenericName(control.Control.Name))
            {
                found.Add(named.Key);
            }
            else if (control.AliasField is { } titled && !_context.Labels.IsGenericName(control.Control.Alias))
            {
                found.Add(titled.Key);
            }
        }

        return found;
    }

    /// <summary>Every printed label of the field with the cell it stands in.</summary>
    public IEnumerable<(RowInfo Row, CellView Cell, LabelHit Hit)> LabelsOf(FieldDefinition field)
    {
        foreach (var (row, cell, hit, _) in _hits)
        {
            if (hit.Field == field)
            {
                yield return (row, cell, hit);
            }
        }
    }

    /// <summary>The rows of the grid a row belongs to.</summary>
    public IReadOnlyList<RowInfo> GridOf(RowInfo row) => _grids[row.Grid];

    /// <summary>What stands beside each printed label of the field, in document order.</summary>
    public List<Answer> Labelled(FieldDefinition field)
    {
        var answers = new List<Answer>();
        foreach (var (row, cell, hit, last) in _hits)
        {
            if (hit.Field != field)
            {
                continue;
            }

            if (!_context.Words.IsBlankAnswer(hit.Inline) || !last)
            {
                answers.Add(new Answer(hit.Inline, Cell: cell.HasMarks ? cell : null));
                continue;
            }

            answers.Add(ValueNear(row, cell, field) ?? new Answer(""));
        }

        return answers;
    }

    public GridKind KindOf(RowInfo row) => _kinds[row.Grid];

    /// <summary>The rows right under each unanswered printed label of the field, in its table or run of paragraphs, until another label.</summary>
    public IEnumerable<RowInfo> RowsUnder(FieldDefinition field, int most)
    {
        foreach (var (row, _, hit, _) in _hits)
        {
            if (hit.Field != field || !_context.Words.IsBlankAnswer(hit.Inline))
            {
                continue;
            }

            var rows = _grids[row.Grid];
            for (var r = row.Index + 1; r < rows.Count && r <= row.Index + most && rows[r].LabelledAs is null; r++)
            {
                yield return rows[r];
            }
        }
    }

    private Answer? ValueNear(RowInfo row, CellView label, FieldDefinition field)
    {
        var kind = _kinds[row.Grid];
        CellView? blank = null;
        var headerRow = kind != GridKind.Flow && field.Type is not (FieldType.ServiceSet or FieldType.ServiceResults) && InRecordHeading(row, label);
        for (var j = headerRow ? row.Cells.Count : label.Index + 1; j < row.Cells.Count; j++)
        {
            var cell = row.Cells[j];
            if (cell.Labels is { } hits)
            {
                if (hits.TrueForAll(h => h.Field == field && _context.Words.IsBlankAnswer(h.Inline)))
                {
                    continue;
                }

                // Another label beside this one: a heading row, whose answers stand in the row below.
                headerRow = true;
                break;
            }

            if (cell.IsCaption)
            {
                // A printed option ("Yes" beside "No"), not what was answered.
                blank ??= cell;
                continue;
            }

            if (cell.Text is ":" || kind == GridKind.Sheet && cell.Cell.IsEmpty)
            {
                // A spreadsheet's empty answer cell may sit before a stray note; keep looking along the row.
                blank ??= cell;
                continue;
            }

            return AnswerOf(cell);
        }

        // An answer cell that is there but empty is an unanswered field, not a reason to read the next row.
        if (blank is not null)
        {
            return blank.IsCaption ? new Answer("") : AnswerOf(blank);
        }

        // Services and results are read row by row elsewhere: the rows under their heading are
        // choices, not the heading's value.
        if (field.Type is FieldType.ServiceSet or FieldType.ServiceResults && !headerRow)
        {
            return null;
        }

        var rows = _grids[row.Grid];
        var column = label.Cell.Column;

        // A label heading a column of a table with other headings ("Service | Result | Remarks") labels
        // a note per row, not the field's one answer, when the rows beneath are one per service.
        if (row.Cells.Count(c => !c.Cell.IsEmpty) > 1 && RowsPerService(rows, row.Index + 1) >= 2)
        {
            return null;
        }

        for (var r = row.Index + 1; r < rows.Count && r <= row.Index + 3; r++)
        {
            var below = kind == GridKind.Flow
                ? rows[r].Cells.FirstOrDefault()
                : rows[r].Cells.FirstOrDefault(c => c.Cell.Column <= column && column < c.Cell.Column + c.Cell.Span);
            if (below is null || below.Cell.ContinuesMergeAbove)
            {
                if (kind == GridKind.Table)
                {
                    return null;
                }

                continue;
            }

            if (below.Labels is not null || kind == GridKind.Flow && (below.Text.Length > 200 || below.HasMarks))
            {
                return null;
            }

            if (below.Cell.IsEmpty && kind == GridKind.Sheet)
            {
                continue;
            }

            return WithoutSubLabel(AnswerOf(below), field) with { Below = true };
        }

        return null;
    }

    /// <summary>
    /// An answer under a heading that repeats part of its label ("Authorised Signatory" over "Name: Ho
    /// Wing Chi"): the sub-label is the heading's word, not the answer. A sub-label of another field's
    /// (a "Tel:" under "Contact Person") is left as written.
    /// </summary>
    private Answer WithoutSubLabel(Answer answer, FieldDefinition field)
    {
        var colon = answer.Text.IndexOfAny([':', '：']);
        if (colon is <= 0 or > 30 || answer.Cell is not null)
        {
            return answer;
        }

        var words = TextRules.Lower(TextRules.Fold(answer.Text[..colon])).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = answer.Text[(colon + 1)..].Trim();
        var ownWords = field.Labels.Append(field.Label).SelectMany(l => TextRules.Lower(l).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        return words.Length is > 0 and <= 3 && words.All(ownWords.Contains) && rest.Length > 0 ? answer with { Text = rest } : answer;
    }

    /// <summary>
    /// A label in a heading row of labels over a row of values, as a record is exported ("Subscriber Name |
    /// Subscriber ID | ... | Participate (Yes/No) | OTP-C | ..."): the cell right before it is a bare
    /// label too, the row prints three labels or more, and the row below has something under it. Its
    /// answer is below it, whatever stands to its right (another heading, a service code).
    /// </summary>
    private bool InRecordHeading(RowInfo row, CellView label)
    {
        if (label.Index == 0 || row.Cells[label.Index - 1] is not { Labels: { } before } left || left.Cell.Column + left.Cell.Span != label.Cell.Column
            || !before.TrueForAll(h => _context.Words.IsBlankAnswer(h.Inline)) || row.Cells.Count(c => c.Labels is not null) < 3)
        {
            return false;
        }

        var rows = _grids[row.Grid];
        var column = label.Cell.Column;
        return row.Index + 1 < rows.Count
            && rows[row.Index + 1].Cells.FirstOrDefault(c => c.Cell.Column <= column && column < c.Cell.Column + c.Cell.Span) is { Labels: null, Cell.IsEmpty: false };
    }

    /// <summary>How many rows from <paramref name="first"/> on each name one service.</summary>
    private int RowsPerService(List<RowInfo> rows, int first)
    {
        var count = 0;
        for (var r = first; r < rows.Count && ServicesIn(rows[r]).Select(s => s.Code).Distinct().Count() == 1; r++)
        {
            count++;
        }

        return count;
    }

    /// <summary>How many different result words (Pass, 成功, N/A) a row's text names, counted once: every service row asks of the rows above it.</summary>
    public int ResultWordsIn(RowInfo row) => row.ResultWords ??= _context.ResultWords.Find(row.Text).Count;

    /// <summary>
    /// Rows that hold nothing but tick marks (✓, ☒, X; not a word such as Yes), each with the rows right
    /// above and below it in its grid: a double-spaced list with a tick on the spacer row. Whether the
    /// neighbours are two options, so that the tick may mark either, is for the field's reader to say.
    /// </summary>
    public IEnumerable<(RowInfo Mark, RowInfo Above, RowInfo Below)> LoneMarkRows()
    {
        foreach (var rows in _grids)
        {
            for (var r = 1; r + 1 < rows.Count; r++)
            {
                var row = rows[r];
                if (row.HasMarks && row.Cells.Exists(c => c.Lone == Mark.Checked) && row.Cells.TrueForAll(c => c.Cell.IsEmpty || IsGlyphMark(c)))
                {
                    yield return (row, rows[r - 1], rows[r + 1]);
                }
            }
        }
    }

    /// <summary>A cell that is only a drawn or typed mark (✓, ☒, X, ☐), not a word that means yes or no.</summary>
    public bool IsGlyphMark(CellView cell) => cell.Lone != Mark.None && cell.Cell.Bool is null && _context.Words.TickWord(cell.Text) is null;

    /// <summary>Whether a row holds a drawn or typed mark anywhere (words such as Yes do not count).</summary>
    public bool HasGlyphMark(RowInfo row) => row.Cells.Exists(c => IsGlyphMark(c) || c.Lone == Mark.None && c.Segments.Any(s => s.Mark != Mark.None));

    /// <summary>
    /// What the column of a tick says when a heading row above prints Yes and No columns ("Service |
    /// Yes | No" over the service rows, "| Yes | No" over a choice's row): true under Yes, false under No, null with no such heading.
    /// </summary>
    public bool? YesNoColumn(RowInfo row, CellView cell)
    {
        var rows = _grids[row.Grid];
        var column = cell.Cell.Column;
        for (var r = row.Index - 1; r >= 0 && r >= row.Index - 15; r--)
        {
            var above = rows[r];
            if (ServicesIn(above).Count > 0 || above.Cells.TrueForAll(c => c.Cell.IsEmpty || IsGlyphMark(c)))
            {
                // Another service's row, or a spacer row: the heading is further up.
                continue;
            }

            var words = above.Cells.Where(c => c.Cell.Bool is null && c.Text.Any(char.IsLetter)).Select(c => (c, Says: _context.Words.TickWord(c.Text))).ToList();
            if (!words.Exists(w => w.Says == true) || !words.Exists(w => w.Says == false))
            {
                return null;
            }

            return words.FirstOrDefault(w => w.c.Cell.Column <= column && column < w.c.Cell.Column + w.c.Cell.Span).Says;
        }

        return null;
    }

    /// <summary>The circular's services a row names, looked for once.</summary>
    public List<(string Code, int Index)> ServicesIn(RowInfo row) => row.Services ??= _context.Services.Find(row.Text);

    private static Answer AnswerOf(CellView cell) =>
        new(cell.Cell.Bool is { } b ? (b ? "TRUE" : "FALSE") : cell.Cell.Text, cell.Cell.Date, cell.Cell.Number, cell.HasMarks ? cell : null);

    /// <summary>What heads the column a tick stands in: a result word ("Successful") or a service code.</summary>
    public string? Heading(RowInfo row, CellView cell, Func<string, string?> meaning)
    {
        var rows = _grids[row.Grid];
        var column = cell.Cell.Column;
        for (var r = row.Index - 1; r >= 0 && r >= row.Index - 15; r--)
        {
            var header = rows[r].Cells.FirstOrDefault(c => c.Cell.Column <= column && column < c.Cell.Column + c.Cell.Span);
            if (header is not null && header.Lone == Mark.None && meaning(header.Text) is { } word)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// A row's tick boxes with the words each belongs to: a cell that is only a tick pairs with the text
    /// beside it (the next cell when the tick comes first in the row, else the one before).
    /// </summary>
    private static List<Segment> RowSegments(List<CellView> cells)
    {
        var segments = new List<Segment>();
        var marks = 0;
        var glyphs = 0;
        foreach (var c in cells)
        {
            if (c.Lone != Mark.None)
            {
                marks++;
                glyphs += HasLetters(c.Text) ? 0 : 1;
            }
        }

        // "Yes | ☒ | No | ☐": beside boxes drawn as glyphs (two or more, so each option shows its own), a
        // cell saying Yes or No is an option's words, not a tick.
        Mark[]? lone = null;
        if (glyphs >= 2)
        {
            lone = new Mark[cells.Count];
            marks = 0;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                lone[i] = HasLetters(cell.Text) && cell.Text is not ("X" or "x") && cell.Cell.Bool is null ? Mark.None : cell.Lone;
                marks += lone[i] != Mark.None ? 1 : 0;
            }
        }

        // Which cells a lone tick took as its words; a row without lone ticks (most rows) needs none.
        var used = marks > 0 ? new bool[cells.Count] : null;
        var firstText = -1;
        for (var i = 0; i < cells.Count && used is not null; i++)
        {
            if (cells[i].Text.Length > 0 && LoneOf(cells, lone, i) == Mark.None)
            {
                firstText = i;
                break;
            }
        }

        for (var i = 0; i < cells.Count && used is not null; i++)
        {
            var mark = LoneOf(cells, lone, i);
            if (mark == Mark.None)
            {
                continue;
            }

            var before = Neighbour(cells, lone, i, -1);
            var after = Neighbour(cells, lone, i, +1);
            if (marks == 1 && mark == Mark.Checked && before is { } b && after is { } a)
            {
                // One tick between two options, with no other box in the row to show which side boxes
                // stand on: it may mark either.
                used[b] = used[a] = true;
                segments.Add(new Segment(mark, cells[b].Text, OrElse: cells[a].Text));
                continue;
            }

            var partner = i < firstText ? after : before;
            partner ??= after ?? before;
            if (partner is { } p)
            {
                used[p] = true;
                segments.Add(new Segment(mark, cells[p].Text));
            }
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (LoneOf(cells, lone, i) != Mark.None || used is not null && used[i])
            {
                continue;
            }

            if (cells[i].Lone != Mark.None)
            {
                // An option's word that would otherwise be a tick word, beside glyph boxes.
                segments.Add(new Segment(Mark.None, cells[i].Text));
                continue;
            }

            foreach (var s in cells[i].Segments)
            {
                if (s.Mark != Mark.None || s.Text.Length > 0)
                {
                    segments.Add(s);
                }
            }
        }

        return segments;
    }

    private static Mark LoneOf(List<CellView> cells, Mark[]? lone, int i) => lone?[i] ?? cells[i].Lone;

    private static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The row's cells with text, joined by " | ": a row of one such cell is that cell's own string.</summary>
    private static string RowText(List<CellView> cells)
    {
        string? single = null;
        var count = 0;
        var length = 0;
        foreach (var cell in cells)
        {
            if (cell.Text.Length > 0)
            {
                single ??= cell.Text;
                length += cell.Text.Length;
                count++;
            }
        }

        if (count <= 1)
        {
            return single ?? "";
        }

        return string.Create(length + 3 * (count - 1), cells, static (span, cells) =>
        {
            var at = 0;
            foreach (var cell in cells)
            {
                if (cell.Text.Length == 0)
                {
                    continue;
                }

                if (at > 0)
                {
                    " | ".CopyTo(span[at..]);
                    at += 3;
                }

                cell.Text.CopyTo(span[at..]);
                at += cell.Text.Length;
            }
        });
    }

    private static int? Neighbour(List<CellView> cells, Mark[]? lone, int from, int step)
    {
        for (var j = from + step; j >= 0 && j < cells.Count; j += step)
        {
            if (LoneOf(cells, lone, j) != Mark.None)
            {
                return null;
            }

            if (cells[j].Text.Length > 0)
            {
                return j;
            }
        }

        return null;
    }
}

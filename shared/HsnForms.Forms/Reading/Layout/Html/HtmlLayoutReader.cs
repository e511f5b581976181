using System.Globalization;
using System.Net;
using System.Text;

namespace HsnForms.Forms.Reading.Layout.Html;

/// <summary>
/// Reads HTML (a Word altChunk imported from a web page) into the same grids a Word document gives:
/// tables become table grids, paragraphs outside tables become flow rows, tick boxes become marks.
/// One forward pass of a hand-written tokenizer: linear in the input, tolerant of unclosed tags and
/// junk, because the HTML comes from a subscriber and no browser has cleaned it.
/// </summary>
internal sealed class HtmlLayoutReader
{
    // Forms nest a table in a cell at most once or twice; deeper nesting only multiplies the copies
    // of text that each enclosing cell takes, so deeper tables are read as part of their cell.
    private const int MaxTableDepth = 8;

    // Strike and hidden styles are tracked on a stack; hostile input may open far more than a page shows.
    private const int MaxStyledElements = 256;

    private readonly DocumentLayout _layout;
    private readonly string _html;
    private readonly Stack<TableState> _tables = new();
    private readonly List<StyledElement> _styled = [];
    private readonly StringBuilder _paragraph = new();
    private bool _paragraphStruck;
    private LayoutGrid? _flow;
    private int _gridNumber;
    private int _ignoredTables;
    private int _preformatted;
    private bool _inHead;

    private HtmlLayoutReader(string html, DocumentLayout layout, int gridNumber)
    {
        _html = html;
        _layout = layout;
        _gridNumber = gridNumber;
    }

    /// <summary>Appends the grids and controls of <paramref name="html"/> to <paramref name="layout"/>, numbering grids on from <paramref name="gridNumber"/>.</summary>
    public static void Read(string html, DocumentLayout layout, ref int gridNumber)
    {
        var reader = new HtmlLayoutReader(html, layout, gridNumber);
        reader.Read();
        gridNumber = reader._gridNumber;
    }

    public static DocumentLayout Read(string html)
    {
        var layout = new DocumentLayout();
        var gridNumber = 0;
        Read(html, layout, ref gridNumber);
        return layout;
    }

    private void Read()
    {
        var position = 0;
        while (position < _html.Length)
        {
            var tag = _html.IndexOf('<', position);
            if (tag < 0)
            {
                tag = _html.Length;
            }

            if (tag > position)
            {
                OnText(_html.AsSpan(position, tag - position));
            }

            position = tag < _html.Length ? OnMarkup(tag) : tag;
        }

        EndParagraph();
        while (_tables.Count > 0)
        {
            EndTable();
        }
    }

    /// <summary>Reads the markup starting at '&lt;' and returns where the text after it starts.</summary>
    private int OnMarkup(int start)
    {
        var html = _html;
        var next = start + 1 < html.Length ? html[start + 1] : '\0';
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            return After(html.IndexOf("-->", start + 4, StringComparison.Ordinal), 3);
        }

        if (next is '!' or '?')
        {
            // Doctype, CDATA, processing instruction, conditional comment: nothing a reader sees.
            return After(html.IndexOf('>', start + 2), 1);
        }

        if (next == '/')
        {
            var nameStart = start + 2;
            var nameEnd = NameEnd(nameStart);
            if (nameEnd > nameStart)
            {
                OnEndTag(TagName(nameStart, nameEnd));
            }

            return After(html.IndexOf('>', start + 2), 1);
        }

        if (!char.IsAsciiLetter(next))
        {
            // A '<' that starts no tag is text, as a browser shows it.
            AppendText("<");
            return start + 1;
        }

        var end = NameEnd(start + 1);
        var name = TagName(start + 1, end);
        var attributes = new Attributes();
        var position = ReadAttributes(end, ref attributes);
        OnStartTag(name, attributes);
        if (name is "script" or "style" or "title" or "textarea" or "xmp" or "iframe" or "noembed" or "noframes" && !attributes.SelfClosing)
        {
            // Raw text: everything up to the matching end tag is not markup (and, but for textarea, not shown).
            var close = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
            if (name == "textarea")
            {
                OnText(html.AsSpan(position, (close < 0 ? html.Length : close) - position));
            }

            return close < 0 ? html.Length : close;
        }

        return position;
    }

    private int After(int found, int length) => found < 0 ? _html.Length : found + length;

    private int NameEnd(int start)
    {
        var position = start;
        while (position < _html.Length && (char.IsAsciiLetterOrDigit(_html[position]) || _html[position] is '-' or ':' or '_'))
        {
            position++;
        }

        return position;
    }

    private string TagName(int start, int end)
    {
        var name = _html.AsSpan(start, end - start);
        return name.Length switch
        {
            // Most names are short; lower-casing them by hand avoids two strings per tag.
            <= 10 => KnownName(name) ?? name.ToString().ToLowerInvariant(),
            _ => name.ToString().ToLowerInvariant(),
        };
    }

    private static readonly string[] s_knownNames =
    [
        "p", "br", "td", "th", "tr", "b", "i", "u", "s", "a", "li", "ul", "ol", "div", "span", "table", "tbody", "thead", "tfoot",
        "input", "font", "strong", "em", "strike", "del", "ins", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "head", "body", "html",
        "meta", "style", "script", "title", "img", "hr", "caption", "col", "colgroup", "label", "form", "section", "center",
    ];

    private static string? KnownName(ReadOnlySpan<char> name)
    {
        foreach (var known in s_knownNames)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>Reads attributes up to the end of the tag, keeping only those that change what is read.</summary>
    private int ReadAttributes(int position, ref Attributes attributes)
    {
        var html = _html;
        while (position < html.Length)
        {
            var c = html[position];
            if (c == '>')
            {
                return position + 1;
            }

            if (c == '/' || char.IsWhiteSpace(c))
            {
                attributes.SelfClosing = c == '/';
                position++;
                continue;
            }

            attributes.SelfClosing = false;
            var nameStart = position;
            while (position < html.Length && html[position] is not ('>' or '/' or '=') && !char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            var name = html.AsSpan(nameStart, position - nameStart);
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            if (position >= html.Length || html[position] != '=')
            {
                attributes.Set(name, null);
                continue;
            }

            position++;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            int valueStart, valueEnd;
            if (position < html.Length && html[position] is '"' or '\'')
            {
                valueStart = position + 1;
                valueEnd = html.IndexOf(html[position], valueStart);
                if (valueEnd < 0)
                {
                    valueEnd = html.Length;
                }

                position = Math.Min(html.Length, valueEnd + 1);
            }
            else
            {
                valueStart = position;
                while (position < html.Length && html[position] != '>' && !char.IsWhiteSpace(html[position]))
                {
                    position++;
                }

                valueEnd = position;
            }

            attributes.Set(name, html.AsSpan(valueStart, valueEnd - valueStart));
        }

        return position;
    }

    private void OnStartTag(string name, in Attributes attributes)
    {
        if (_inHead && name is not ("title" or "meta" or "link" or "style" or "script" or "base" or "noscript" or "template"))
        {
            // Content in the head ends it, as a browser reads a page that never says </head> or <body>.
            _inHead = false;
        }

        switch (name)
        {
            case "head":
                _inHead = true;
                break;
            case "body":
                _inHead = false;
                break;
            case "br":
                AppendBreak();
                return;
            case "input":
                OnInput(attributes);
                return;
            case "table":
                BeginTable();
                break;
            case "tr" when _tables.TryPeek(out var table) && _ignoredTables == 0:
                EndCell(table);
                BeginRow(table);
                break;
            case "td" or "th" when _tables.TryPeek(out var table) && _ignoredTables == 0:
                EndCell(table);
                BeginCell(table, attributes.ColSpan);
                break;
            case "td" or "th" or "tr":
                EndParagraph();
                break;
            case "pre" or "listing":
                EndParagraph();
                _preformatted++;
                break;
            case "img" or "hr" or "meta" or "link" or "col" or "area" or "base" or "embed" or "param" or "source" or "track" or "wbr":
                if (name == "hr")
                {
                    EndParagraph();
                }

                // Void elements have no content and no end tag: nothing to style.
                return;
            default:
                if (IsBlock(name))
                {
                    EndParagraph();
                }

                break;
        }

        if (attributes.SelfClosing)
        {
            return;
        }

        if (name == "option" && _styled.Count > 0 && _styled[^1].Name == "option")
        {
            // An option ends where the next begins, as browsers read options without </option>.
            _styled.RemoveAt(_styled.Count - 1);
        }

        var struck = name is "s" or "strike" or "del" || attributes.Struck;

        // A drop-down shows its chosen option only; the others are choices not made.
        var hidden = attributes.Hidden || name == "option" && !attributes.Selected;
        if ((struck || hidden || _styled.Count > 0 || name == "select") && _styled.Count < MaxStyledElements)
        {
            // Inside a styled element every element is tracked, so that an inner </span> closes the inner span.
            _styled.Add(new StyledElement(name, struck, hidden));
        }
    }

    private void OnEndTag(string name)
    {
        switch (name)
        {
            case "head":
                _inHead = false;
                break;
            case "br":
                // Browsers read </br> as <br>.
                AppendBreak();
                return;
            case "table" when _ignoredTables > 0:
                _ignoredTables--;
                break;
            case "table" when _tables.Count > 0:
                EndTable();
                break;
            case "td" or "th" when _tables.TryPeek(out var table) && _ignoredTables == 0:
                EndCell(table);
                break;
            case "tr" when _tables.TryPeek(out var table) && _ignoredTables == 0:
                EndCell(table);
                table.Row = null;
                break;
            case "pre" or "listing":
                EndParagraph();
                _preformatted = Math.Max(0, _preformatted - 1);
                break;
            default:
                if (IsBlock(name))
                {
                    EndParagraph();
                }

                break;
        }

        for (var i = _styled.Count - 1; i >= 0; i--)
        {
            if (_styled[i].Name == name)
            {
                _styled.RemoveRange(i, _styled.Count - i);
                break;
            }
        }
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol"
        or "dl" or "dt" or "dd" or "blockquote" or "section" or "article" or "header" or "footer" or "nav" or "main" or "aside"
        or "address" or "center" or "form" or "fieldset" or "legend" or "figure" or "figcaption" or "caption" or "details" or "summary"
        or "body" or "html";

    /// <summary>A tick box shows as a mark where it stands; a named one is also a control, as a Word form field is.</summary>
    private void OnInput(in Attributes attributes)
    {
        var type = attributes.Type ?? "text";
        if (type.Equals("checkbox", StringComparison.OrdinalIgnoreCase) || type.Equals("radio", StringComparison.OrdinalIgnoreCase))
        {
            if (Suppressed)
            {
                return;
            }

            _paragraph.Append(attributes.Checked ? Marks.Checked : Marks.Unchecked);

            // A radio button's name is its group's, shared by every choice: only a check box's name says what it means.
            if (type.Equals("checkbox", StringComparison.OrdinalIgnoreCase) && attributes.Name is { Length: > 0 } box)
            {
                _layout.Controls.Add(new LayoutControl { Name = box, IsCheckbox = true, Checked = attributes.Checked });
            }
        }
        else if (type.ToLowerInvariant() is "text" or "email" or "tel" or "date" or "number" or "search" or "url")
        {
            var value = attributes.Value is { } raw ? WebUtility.HtmlDecode(raw) : "";
            AppendText(value);
            if (!Suppressed && attributes.Name is { Length: > 0 } field)
            {
                _layout.Controls.Add(new LayoutControl { Name = field, Text = value });
            }
        }
    }

    private bool Suppressed
    {
        get
        {
            if (_inHead)
            {
                return true;
            }

            foreach (var element in _styled)
            {
                if (element.Struck || element.Hidden)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private bool Hidden => _inHead || _styled.Exists(e => e.Hidden);

    private void OnText(ReadOnlySpan<char> raw)
    {
        if (_inHead)
        {
            return;
        }

        AppendText(raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw);
    }

    private void AppendText(ReadOnlySpan<char> text)
    {
        if (Suppressed)
        {
            // Struck text is a choice crossed out (as in Word); hidden text is nothing.
            _paragraphStruck |= !Hidden && !text.IsWhiteSpace();
            return;
        }

        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_preformatted > 0)
                {
                    if (c != '\r')
                    {
                        _paragraph.Append(c);
                    }
                }
                else if (_paragraph.Length > 0 && _paragraph[^1] is not (' ' or '\n'))
                {
                    // White space collapses to one space, and none at the start of a line.
                    _paragraph.Append(' ');
                }
            }
            else
            {
                _paragraph.Append(c);
            }
        }
    }

    private void AppendBreak()
    {
        if (Suppressed)
        {
            return;
        }

        TrimEnd();
        _paragraph.Append('\n');
    }

    private void TrimEnd()
    {
        var length = _paragraph.Length;
        while (length > 0 && _paragraph[length - 1] == ' ')
        {
            length--;
        }

        _paragraph.Length = length;
    }

    private void EndParagraph()
    {
        // A break that ends a block shows no line of its own.
        TrimEnd();
        while (_paragraph.Length > 0 && _paragraph[^1] == '\n')
        {
            _paragraph.Length--;
            TrimEnd();
        }

        var text = _paragraph.ToString();
        var struck = _paragraphStruck;
        _paragraph.Clear();
        _paragraphStruck = false;

        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (_tables.TryPeek(out var table))
        {
            if (table.Cell is { } cell)
            {
                cell.AppendParagraph(text, struck);
                return;
            }

            // Text in a table but in no cell (a caption, or junk between rows) reads as a row of its own.
            table.Grid.AddLine(text, struck);
            table.Row = null;
            return;
        }

        if (_flow is null)
        {
            _flow = new LayoutGrid(GridKind.Flow, $"paragraphs {++_gridNumber}");
            _layout.Grids.Add(_flow);
        }

        _flow.AddLine(text, struck);
    }

    private void BeginTable()
    {
        if (_tables.Count >= MaxTableDepth || _ignoredTables > 0)
        {
            _ignoredTables++;
            EndParagraph();
            return;
        }

        EndParagraph();
        var grid = new LayoutGrid(GridKind.Table, $"table {++_gridNumber}");
        _layout.Grids.Add(grid);
        _tables.Push(new TableState(grid));
        _flow = null;
    }

    private void EndTable()
    {
        if (_tables.TryPeek(out var closing))
        {
            EndCell(closing);
        }

        EndParagraph();
        var nested = _tables.Pop();
        _flow = null;

        // A table inside a cell: its text is also what that cell says, as WordLayoutReader reads it.
        if (_tables.TryPeek(out var outer) && outer.Cell is { } holder)
        {
            holder.AppendNested(nested.Grid.Text);
        }
    }

    private void BeginRow(TableState table)
    {
        table.Row = new LayoutRow();
        table.Grid.Rows.Add(table.Row);
        table.Column = 0;
    }

    private void BeginCell(TableState table, int span)
    {
        EndParagraph();
        if (table.Row is null)
        {
            BeginRow(table);
        }

        table.Cell = new LayoutCell(table.Column) { Span = Math.Max(1, span) };
        table.Row!.Cells.Add(table.Cell);
        table.StyledBelowCell = _styled.Count;
    }

    private void EndCell(TableState table)
    {
        EndParagraph();
        if (table.Cell is { } cell)
        {
            table.Column = (int)Math.Min(int.MaxValue / 2, (long)table.Column + cell.Span);
            table.Cell = null;

            // As in a browser, strike and hidden styles opened in a cell end with it.
            if (_styled.Count > table.StyledBelowCell)
            {
                _styled.RemoveRange(table.StyledBelowCell, _styled.Count - table.StyledBelowCell);
            }
        }
    }

    private sealed class TableState(LayoutGrid grid)
    {
        public LayoutGrid Grid { get; } = grid;
        public LayoutRow? Row { get; set; }
        public LayoutCell? Cell { get; set; }
        public int Column { get; set; }
        public int StyledBelowCell { get; set; }
    }

    private readonly record struct StyledElement(string Name, bool Struck, bool Hidden);

    /// <summary>The few attributes that change what a reader sees.</summary>
    private struct Attributes
    {
        public string? Type;
        public string? Name;
        public string? Value;
        public bool Checked;
        public bool Selected;
        public bool Struck;
        public bool Hidden;
        public bool SelfClosing;
        public int ColSpan;

        public void Set(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
        {
            if (name.Equals("type", StringComparison.OrdinalIgnoreCase))
            {
                Type = value.Trim().ToString();
            }
            else if (name.Equals("name", StringComparison.OrdinalIgnoreCase) || name.Equals("id", StringComparison.OrdinalIgnoreCase) && Name is null)
            {
                Name = WebUtility.HtmlDecode(value.Trim().ToString());
            }
            else if (name.Equals("value", StringComparison.OrdinalIgnoreCase))
            {
                Value = value.ToString();
            }
            else if (name.Equals("checked", StringComparison.OrdinalIgnoreCase))
            {
                Checked = true;
            }
            else if (name.Equals("selected", StringComparison.OrdinalIgnoreCase))
            {
                Selected = true;
            }
            else if (name.Equals("hidden", StringComparison.OrdinalIgnoreCase))
            {
                Hidden = true;
            }
            else if (name.Equals("colspan", StringComparison.OrdinalIgnoreCase))
            {
                ColSpan = int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) ? Math.Clamp(span, 1, 1000) : 1;
            }
            else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                Struck |= StyleSays(value, "text-decoration", "line-through") || StyleSays(value, "text-decoration-line", "line-through");
                Hidden |= StyleSays(value, "display", "none");
            }
        }

        /// <summary>Whether a declaration of <paramref name="property"/> in an inline style mentions <paramref name="word"/>.</summary>
        private static bool StyleSays(ReadOnlySpan<char> style, string property, string word)
        {
            foreach (var range in style.Split(';'))
            {
                var declaration = style[range];
                var colon = declaration.IndexOf(':');
                if (colon > 0 && declaration[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase)
                    && declaration[(colon + 1)..].Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

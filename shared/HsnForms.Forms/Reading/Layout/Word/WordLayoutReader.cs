using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.XPath;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Reading.Layout.Html;
using HsnForms.Forms.Reading.Recognition;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Layout.Word;

/// <summary>
/// Reads a Word document's text into a <see cref="DocumentLayout"/> with one forward pass of an
/// XmlReader per part: the Open XML SDK finds the parts, the reader never builds a DOM.
/// </summary>
internal sealed partial class WordLayoutReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    // A form, with the circular it may come in, fits in a few hundred paragraphs and cells and a few
    // tens of thousands of characters. A document that has shown nothing of a form by many times that
    // (a manual, a report, a table of data) cannot become one by reading further: the rest is left unread.
    internal const int ParagraphsAFormFitsIn = 2_000;
    internal const int CharactersAFormFitsIn = 1_000_000;

    private readonly DocumentLayout _layout = new();
    private readonly FormReaderOptions _options;
    private readonly InflationBudget _budget;
    private readonly XmlReaderSettings _settings;
    private readonly FormEvidenceProbe? _probe;

    // How much has been read: paragraphs and cells with text, their characters, whether any of it hints
    // at a form, and all the text made (copies into cells and controls too) against the text budget.
    private int _paragraphsRead;
    private long _charactersRead;
    private bool _hinted;
    private bool _stopped;
    private long _textMade;

    // Where text goes: the innermost open paragraph, inside a cell or a flow of paragraphs.
    private readonly Stack<Container> _containers = new();
    private readonly Stack<TableState> _tables = new();
    private readonly Stack<SdtState> _sdts = new();
    private readonly Stack<FieldState> _fields = new();
    private readonly StringBuilder _paragraph = new();
    private readonly Stack<OuterParagraph> _outerParagraphs = new();

    // Text boxes of one paragraph each anchored in the paragraph being read, with where each is anchored:
    // typed over the paragraph's own line, such a box answers that line's label (see PlaceAnchoredBoxes).
    private List<(int Offset, string Text)>? _anchoredBoxes;

    // The lines of the free-standing text box being read (one not in a table cell), until it ends.
    private List<(string Text, bool Struck)>? _boxLines;
    private LayoutGrid? _flow;
    private int _gridNumber;
    private OpenXmlPart? _part;
    private MainDocumentPart? _main;

    // The document's custom XML data stores by item id, read when a control first binds to one.
    private Dictionary<string, XPathDocument?>? _stores;

    // Run properties of the run being read.
    private bool _inRun;
    private bool _inText;
    private bool _paragraphStruck;
    private bool _struck;
    private bool _highlighted;

    // Where highlighted text lies in the paragraph being read: a highlighted option is a chosen one.
    private readonly List<(int Start, int End)> _highlights = [];
    private bool _hidden;
    private SymbolFont _runFont;

    private WordLayoutReader(FormReaderOptions options, InflationBudget budget, FormEvidenceProbe? probe)
    {
        _options = options;
        _budget = budget;
        _probe = probe;
        _containers.Push(Container.Flow);

        // One name table for the body, headers and footers. The namespaces go in first, so the
        // reader hands back these very strings and IsW is mostly a reference comparison.
        var names = new NameTable();
        names.Add(W);
        names.Add(W14);
        names.Add(Mc);
        _settings = SafeXml.Settings(options);
        _settings.NameTable = names;
    }

    /// <param name="probe">
    /// What a form would show early; with it, a long document that shows none of it is read only as far
    /// as any form reaches. Without it (explaining a file to an engineer) the document is read whole.
    /// </param>
    public static DocumentLayout Read(WordprocessingDocument document, FormReaderOptions options, InflationBudget budget, FormEvidenceProbe? probe = null)
    {
        var main = document.MainDocumentPart ?? throw new CorruptFormException("The Word document has no body.");
        var reader = new WordLayoutReader(options, budget, probe) { _main = main };
        foreach (var header in main.HeaderParts)
        {
            reader.ReadPart(header);
        }

        reader.ReadPart(main);
        foreach (var footer in main.FooterParts)
        {
            reader.ReadPart(footer);
        }

        return reader._layout;
    }

    private void ReadPart(OpenXmlPart part)
    {
        if (_stopped)
        {
            return;
        }

        _flow = null;
        _part = part;
        using var stream = _budget.Open(part);
        using var xml = SafeXml.Create(stream, _settings, _options);
        var advance = true;
        while (!_stopped && (!advance || xml.Read()))
        {
            advance = true;
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = xml.IsEmptyElement;
                    switch (OnElement(xml))
                    {
                        case Step.Skipped:
                            // Skip() left the reader on the node after the subtree, not yet seen.
                            advance = false;
                            break;
                        case Step.Open when empty:
                            OnEnd(xml.LocalName, xml.NamespaceURI);
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    OnEnd(xml.LocalName, xml.NamespaceURI);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (_inText)
                    {
                        AppendText(xml.Value, _runFont);
                    }

                    break;
            }
        }

        _flow = null;
    }

    private bool InMargin => _part is HeaderPart or FooterPart;

    private static bool IsW(string ns) => ReferenceEquals(ns, W) || ns == W || ns == WStrict;

    private enum Step
    {
        /// <summary>The element is open; its end tag (or its emptiness) still ends it.</summary>
        Open,

        /// <summary>The element was read to its end tag here.</summary>
        Done,

        /// <summary>The subtree was skipped; the reader stands on the next node.</summary>
        Skipped,
    }

    private Step OnElement(XmlReader xml)
    {
        var ns = xml.NamespaceURI;
        var name = xml.LocalName;
        if (ns == Mc)
        {
            // Choice carries what Word shows; Fallback repeats it for old readers.
            if (name == "Fallback")
            {
                xml.Skip();
                return Step.Skipped;
            }

            return Step.Open;
        }

        if (ns == W14)
        {
            if (name == "checkbox" && _sdts.TryPeek(out var box))
            {
                box.IsCheckbox = true;
            }
            else if (name == "checked" && _sdts.TryPeek(out var sdt) && sdt.IsCheckbox)
            {
                sdt.Checked = IsOn(xml.GetAttribute("val", W14));
            }

            return Step.Open;
        }

        if (!IsW(ns))
        {
            return Step.Open;
        }

        switch (name)
        {
            case "instrText":
                if (_fields.TryPeek(out var instructed) && !instructed.InResult && instructed.Instruction.Length < 256 && !xml.IsEmptyElement)
                {
                    instructed.Instruction.Append(xml.ReadElementContentAsString());
                    return Step.Skipped;
                }

                xml.Skip();
                return Step.Skipped;
            case "pPr" when !xml.IsEmptyElement:
                ReadParagraphProperties(xml);
                return Step.Done;
            case "pPr":
            case "sectPr":
            case "del":
            case "moveFrom":
            case "delText":
            case "delInstrText":
            case "footnoteReference":
            case "endnoteReference":
            case "commentReference":
                xml.Skip();
                return Step.Skipped;
            case "r":
                _inRun = true;
                _struck = false;
                _highlighted = false;
                _hidden = false;
                _runFont = SymbolFont.None;
                return Step.Open;
            case "rPr" when _inRun:
                ReadRunProperties(xml);
                return Step.Done;
            case "t":
                _inText = true;
                return Step.Open;
            case "tab":
            case "ptab":
                AppendChar('\t');
                return Step.Open;
            case "br":
            case "cr":
                AppendChar('\n');
                return Step.Open;
            case "noBreakHyphen":
                AppendChar('-');
                return Step.Open;
            case "sym":
                AppendSymbol(xml.GetAttribute("font", ns), xml.GetAttribute("char", ns));
                return Step.Open;
            case "tbl":
                BeginTable();
                MarkSdtsStructured(cell: false);
                return Step.Open;
            case "tr":
                BeginRow();
                MarkSdtsStructured(cell: false);
                return Step.Open;
            case "gridBefore" when _tables.TryPeek(out var before):
                before.Column += ParseInt(xml.GetAttribute("val", ns), 0);
                return Step.Open;
            case "tc":
                BeginCell();
                MarkSdtsStructured(cell: true);
                return Step.Open;
            case "gridSpan" when _tables.TryPeek(out var span) && span.Cell is { } spanned:
                spanned.Span = Math.Max(1, ParseInt(xml.GetAttribute("val", ns), 1));
                return Step.Open;
            case "vMerge" when _tables.TryPeek(out var merge) && merge.Cell is { } merged:
                merged.ContinuesMergeAbove = xml.GetAttribute("val", ns) is null or "continue";
                return Step.Open;
            case "sdt":
                _sdts.Push(new SdtState());
                return Step.Open;
            case "tag" when _sdts.TryPeek(out var tagged) && !tagged.InContent:
                tagged.Tag = xml.GetAttribute("val", ns);
                return Step.Open;
            case "alias" when _sdts.TryPeek(out var aliased) && !aliased.InContent:
                aliased.Alias = xml.GetAttribute("val", ns);
                return Step.Open;
            case "showingPlcHdr" when _sdts.TryPeek(out var placeholder) && !placeholder.InContent:
                placeholder.Placeholder = IsOn(xml.GetAttribute("val", ns));
                return Step.Open;
            case "date" when _sdts.TryPeek(out var dated) && !dated.InContent:
                dated.FullDate = xml.GetAttribute("fullDate", ns);
                return Step.Open;
            case "dataBinding" when _sdts.TryPeek(out var bound) && !bound.InContent:
                bound.Binding = (xml.GetAttribute("xpath", ns), xml.GetAttribute("storeItemID", ns), xml.GetAttribute("prefixMappings", ns));
                return Step.Open;
            case "sdtContent" when _sdts.TryPeek(out var content):
                content.InContent = true;
                if (!content.IsCheckbox && content.Binding is var (xpath, store, prefixes) && BoundValue(xpath, store, prefixes) is { } value)
                {
                    // Word shows the data store's value, whatever text the control last cached.
                    AppendUnformatted(value);
                    content.Replaced = true;
                    content.Placeholder = false;
                }

                return Step.Open;
            case "fldChar":
                return OnFieldChar(xml, ns);
            case "altChunk":
                ReadAltChunk(xml.GetAttribute("id", R) ?? xml.GetAttribute("id", RStrict));
                return Step.Open;
            case "txbxContent":
                // A text box anchored in a table cell is typed over that cell: its text is the cell's answer.
                // One anchored in a paragraph of the flow is held until it ends, to be placed by its anchor.
                _containers.Push(InCell ? Container.TextBoxInCell : Container.TextBox);
                _outerParagraphs.Push(new OuterParagraph(_paragraph.ToString(), _paragraphStruck, [.. _highlights], _anchoredBoxes, _boxLines));
                _paragraph.Clear();
                _paragraphStruck = false;
                _highlights.Clear();
                _anchoredBoxes = null;
                _boxLines = _containers.Peek() == Container.TextBox ? [] : null;
                return Step.Open;
            default:
                return Step.Open;
        }
    }

    private void OnEnd(string name, string ns)
    {
        if (!IsW(ns))
        {
            return;
        }

        switch (name)
        {
            case "p":
                EndParagraph();
                break;
            case "r":
                _inRun = false;
                break;
            case "t":
                _inText = false;
                break;
            case "tc":
                EndCell();
                break;
            case "tbl":
                EndTable();
                break;
            case "sdt":
                EndSdt();
                break;
            case "txbxContent":
                EndTextBox();
                break;
        }
    }

    /// <summary>
    /// An altChunk is a web page (HTML or MHT) Word imports where it stands: its tables and paragraphs
    /// are read into the layout there. A part that is not HTML or cannot be decoded is skipped.
    /// </summary>
    private void ReadAltChunk(string? id)
    {
        if (id is null || _part is null || !_part.TryGetPartById(id, out var chunk))
        {
            return;
        }

        string? html;
        using (var stream = _budget.Open(chunk))
        {
            html = ImportedHtml.FromPart(ReadText(stream), chunk.ContentType);
        }

        if (html is null)
        {
            return;
        }

        var first = _layout.Grids.Count;
        _flow = null;
        HtmlLayoutReader.Read(html, _layout, ref _gridNumber);
        _flow = null;

        // A chunk inside a cell is also what the cell says, as a nested table is.
        if (InCell && _tables.TryPeek(out var table) && table.Cell is { } holder)
        {
            foreach (var grid in _layout.Grids.Skip(first))
            {
                var text = grid.Text;
                SpendText(text.Length);
                holder.AppendNested(text);
            }
        }
    }

    /// <summary>An HTML or MHT part is text, so it is held to the same character limit as an XML part (counted in bytes).</summary>
    private byte[] ReadText(Stream stream)
    {
        var limit = _options.MaxXmlCharacters;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new FormLimitExceededException("A part of the document holds more text than any form.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A paragraph's properties: only its list numbering matters here. A list whose bullet is a tick box
    /// (a Google Docs checklist, ☑ or ☐ as the level's text) marks each item as a box typed before it would.
    /// </summary>
    private void ReadParagraphProperties(XmlReader xml)
    {
        var depth = xml.Depth;
        string? numId = null;
        var level = 0;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || !IsW(xml.NamespaceURI))
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numId" when xml.Depth == depth + 2:
                    numId = xml.GetAttribute("val", xml.NamespaceURI);
                    break;
                case "ilvl" when xml.Depth == depth + 2:
                    level = ParseInt(xml.GetAttribute("val", xml.NamespaceURI), 0);
                    break;
            }
        }

        if (numId is not null && NumberingMarks().TryGetValue((numId, level), out var mark))
        {
            AppendUnformatted($"{mark} ");
        }
    }

    private Dictionary<(string NumId, int Level), char>? _numberingMarks;

    /// <summary>The list levels whose bullet is a tick box, by list and level: ☒ for a ticked box, ☐ for an empty one.</summary>
    private Dictionary<(string NumId, int Level), char> NumberingMarks()
    {
        if (_numberingMarks is not null)
        {
            return _numberingMarks;
        }

        _numberingMarks = [];
        if (_main?.NumberingDefinitionsPart is not { } part)
        {
            return _numberingMarks;
        }

        var abstracts = new Dictionary<(string Abstract, int Level), char?>();
        var overrides = new Dictionary<(string NumId, int Level), char?>();
        var lists = new List<(string NumId, string Abstract)>();
        string? abstractId = null;
        string? numId = null;
        var level = -1;
        string? glyph = null;
        string? font = null;
        using var stream = _budget.Open(part);
        using var xml = SafeXml.Create(stream, SafeXml.Settings(_options), _options);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "lvl" && level >= 0)
            {
                var mark = BoxBullet(glyph, font);
                if (numId is not null)
                {
                    overrides[(numId, level)] = mark;
                }
                else if (abstractId is not null)
                {
                    abstracts[(abstractId, level)] = mark;
                }

                level = -1;
                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var ns = xml.NamespaceURI;
            switch (xml.LocalName)
            {
                case "abstractNum":
                    (abstractId, numId) = (xml.GetAttribute("abstractNumId", ns), null);
                    break;
                case "num":
                    (numId, abstractId) = (xml.GetAttribute("numId", ns), null);
                    break;
                case "abstractNumId" when numId is not null && xml.GetAttribute("val", ns) is { } target:
                    lists.Add((numId, target));
                    break;
                case "lvl":
                    (level, glyph, font) = (ParseInt(xml.GetAttribute("ilvl", ns), 0), null, null);
                    break;
                case "lvlText" when level >= 0:
                    glyph = xml.GetAttribute("val", ns);
                    break;
                case "rFonts" when level >= 0:
                    font = xml.GetAttribute("ascii", ns) ?? xml.GetAttribute("hAnsi", ns);
                    break;
            }
        }

        foreach (var (list, target) in lists)
        {
            for (var l = 0; l < 9; l++)
            {
                var mark = overrides.TryGetValue((list, l), out var own) ? own : abstracts.GetValueOrDefault((target, l));
                if (mark is { } m)
                {
                    _numberingMarks[(list, l)] = m;
                }
            }
        }

        return _numberingMarks;
    }

    /// <summary>
    /// A list level's bullet as a tick box: ☑ or ☒ (or a symbol font's box with a tick or cross) is a ticked
    /// box, ☐ an empty one. A tick or a cross without its box is a decorative bullet, not a mark.
    /// </summary>
    private static char? BoxBullet(string? glyph, string? font)
    {
        if (glyph == "\uD83D\uDDF9")
        {
            return Marks.Checked;
        }

        if (glyph is not { Length: 1 })
        {
            return null;
        }

        var c = glyph[0] is >= '\uF000' and <= '\uF0FF' ? (char)(glyph[0] - 0xF000) : glyph[0];
        return SymbolFonts.Of(font) switch
        {
            SymbolFont.Wingdings => c is (char)0xFE or (char)0xFD or (char)0x78 ? Marks.Checked : c is (char)0xA8 or (char)0x6F or (char)0x71 or (char)0x70 ? Marks.Unchecked : null,
            SymbolFont.Wingdings2 => c is (char)0x52 or (char)0x54 or (char)0x51 ? Marks.Checked : c is (char)0xA3 or (char)0x2A or (char)0x99 ? Marks.Unchecked : null,
            SymbolFont.Other => null,
            _ => c is '☑' or '☒' or '▣' ? Marks.Checked : c is '☐' or '□' or '❏' or '❑' ? Marks.Unchecked : null,
        };
    }

    private void ReadRunProperties(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "strike":
                case "dstrike":
                    _struck = IsOn(xml.GetAttribute("val", xml.NamespaceURI));
                    break;
                case "vanish":
                    _hidden = IsOn(xml.GetAttribute("val", xml.NamespaceURI));
                    break;
                case "highlight":
                    _highlighted = xml.GetAttribute("val", xml.NamespaceURI) is { } colour && colour != "none";
                    break;
                case "rFonts":
                    _runFont = SymbolFonts.Of(xml.GetAttribute("ascii", xml.NamespaceURI) ?? xml.GetAttribute("hAnsi", xml.NamespaceURI));
                    break;
            }
        }
    }

    private Step OnFieldChar(XmlReader xml, string ns)
    {
        switch (xml.GetAttribute("fldCharType", ns))
        {
            case "begin":
                var field = new FieldState();
                _fields.Push(field);
                if (!xml.IsEmptyElement)
                {
                    ReadFormFieldData(xml, field);
                    return Step.Done;
                }

                break;
            case "separate" when _fields.TryPeek(out var current):
                current.InResult = true;
                break;
            case "end" when _fields.TryPop(out var ended):
                EndField(ended);
                break;
        }

        return Step.Open;
    }

    private static void ReadFormFieldData(XmlReader xml, FieldState field)
    {
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "name":
                    field.Name = xml.GetAttribute("val", xml.NamespaceURI);
                    break;
                case "checkBox":
                    field.IsCheckbox = true;
                    break;
                case "default" when field.IsCheckbox:
                    field.Default ??= IsOn(xml.GetAttribute("val", xml.NamespaceURI));
                    break;
                case "checked" when field.IsCheckbox:
                    field.Checked = IsOn(xml.GetAttribute("val", xml.NamespaceURI));
                    break;
                case "textInput":
                    field.IsText = true;
                    break;
            }
        }
    }

    private void EndField(FieldState field)
    {
        if (field.IsCheckbox)
        {
            var on = field.Checked ?? field.Default ?? false;
            AppendMark(on);
            _layout.Controls.Add(new LayoutControl { Name = field.Name, IsCheckbox = true, Checked = on });
        }
        else if (field.IsText && !string.IsNullOrEmpty(field.Name))
        {
            _layout.Controls.Add(new LayoutControl { Name = field.Name, Text = field.Result.ToString() });
        }
        else if (field.Result.Length == 0 && EnclosedCharacter().Match(field.Instruction.ToString()) is { Success: true } enclosed)
        {
            // Word's Enclose Characters (是 in a circle) is a field Word draws from its instruction,
            // with no text of its own: a choice circled by hand.
            var shape = enclosed.Groups[1].Value.Trim();
            var text = enclosed.Groups[2].Value.Trim();
            AppendUnformatted($"{Marks.Checked} {(IsEnclosure(text) ? shape : text)}");
        }

        if (_fields.TryPeek(out var outer) && outer.InResult)
        {
            SpendText(field.Result.Length);
            outer.Result.Append(field.Result);
        }
    }

    private void EndSdt()
    {
        var sdt = _sdts.Pop();
        if (sdt.IsCheckbox)
        {
            AppendMark(sdt.Checked ?? false);
        }

        var text = sdt.Placeholder ? "" : sdt.Text.ToString();
        if ((sdt.Tag is not null || sdt.Alias is not null) && !sdt.Structured)
        {
            _layout.Controls.Add(new LayoutControl
            {
                Name = sdt.Tag,
                Alias = sdt.Alias,
                Text = sdt.IsCheckbox ? "" : text,
                IsCheckbox = sdt.IsCheckbox,
                Checked = sdt.IsCheckbox ? sdt.Checked ?? false : null,
                Date = sdt.Placeholder ? null : ParseFullDate(sdt.FullDate),
            });
        }

        if (_sdts.TryPeek(out var outer) && !sdt.IsCheckbox)
        {
            SpendText(text.Length);
            outer.Text.Append(text);
        }
    }

    private static DateOnly? ParseFullDate(string? fullDate) =>
        fullDate is { Length: >= 10 } && DateOnly.TryParseExact(fullDate.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Text that the reader sees: not hidden, not struck out, not the placeholder or glyph of a control.</summary>
    private bool Suppressed(out SdtState? sdt)
    {
        sdt = _sdts.Count > 0 ? _sdts.Peek() : null;
        return _hidden || _struck || sdt is { InContent: true } && (sdt.IsCheckbox || sdt.Placeholder || sdt.Replaced)
            || _fields.TryPeek(out var field) && !field.InResult;
    }

    private void AppendText(string text, SymbolFont font)
    {
        if (font != SymbolFont.None)
        {
            text = SymbolFonts.Translate(font, text);
        }

        if (Suppressed(out var sdt))
        {
            _paragraphStruck |= _struck && !string.IsNullOrWhiteSpace(text);
            return;
        }

        if (_highlighted && !string.IsNullOrWhiteSpace(text))
        {
            _highlights.Add((_paragraph.Length, _paragraph.Length + text.Length));
        }

        var inResult = _fields.TryPeek(out var field) && field.InResult;
        SpendText(text.Length * (1 + (sdt is null ? 0 : 1) + (inResult ? 1 : 0)));
        _paragraph.Append(text);
        sdt?.Text.Append(text);
        if (inResult)
        {
            field!.Result.Append(text);
        }
    }

    /// <summary>Text the reader makes itself (a bound value, a circled choice), outside any run: the last run's strike, hiding or highlight is not its.</summary>
    private void AppendUnformatted(string text)
    {
        var (struck, hidden, highlighted) = (_struck, _hidden, _highlighted);
        (_struck, _hidden, _highlighted) = (false, false, false);
        AppendText(text, SymbolFont.None);
        (_struck, _hidden, _highlighted) = (struck, hidden, highlighted);
    }

    private void AppendChar(char c)
    {
        if (Suppressed(out var sdt))
        {
            return;
        }

        _paragraph.Append(c);
        sdt?.Text.Append(c);
    }

    private void AppendSymbol(string? font, string? code)
    {
        if (code is null || !int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return;
        }

        // Inside a check box content control the symbol is the control's own glyph (docx.js writes both
        // w14:checkbox and a w:sym): the control's state is its mark, added once when it ends.
        var translated = SymbolFonts.Translate(SymbolFonts.Of(font), ((char)value).ToString());
        if (translated.Length > 0 && !Suppressed(out _))
        {
            _paragraph.Append(translated);
        }
    }

    /// <summary>
    /// Counts a paragraph or cell read, and stops the reading once the document is longer than any form
    /// without having shown anything of one.
    /// </summary>
    private void Noticed(string text)
    {
        _paragraphsRead++;
        _charactersRead += text.Length;
        if (_probe is null || _hinted)
        {
            return;
        }

        _hinted = _probe.Hints(text);
        _stopped = !_hinted && (_paragraphsRead >= ParagraphsAFormFitsIn || _charactersRead >= CharactersAFormFitsIn);
        if (_stopped)
        {
            _layout.StoppedAtBudget = $"The document is far longer than any form and shows nothing of one in its first {_paragraphsRead:N0} paragraphs.";
            _layout.StoppedWithoutHint = true;
        }
    }

    /// <summary>
    /// Counts the text the layout makes, copies included (a nested table's text in its cell, a control's
    /// in the control around it, a bound value wherever it is shown): a short file whose text repeats
    /// far beyond any form is refused before it costs gigabytes.
    /// </summary>
    private void SpendText(long characters)
    {
        if ((_textMade += characters) > _options.MaxTextCharacters)
        {
            throw new FormLimitExceededException("The document holds more text than any form (its text repeats far beyond a form's size).");
        }
    }

    private void AppendMark(bool on) => _paragraph.Append(on ? Marks.Checked : Marks.Unchecked);

    private void EndParagraph()
    {
        if (_anchoredBoxes is not null)
        {
            PlaceAnchoredBoxes();
        }

        var text = _highlights.Count > 0 ? HighlightedChoice(_paragraph.ToString(), _highlights) : _paragraph.ToString();
        var struck = _paragraphStruck;
        _paragraph.Clear();
        _paragraphStruck = false;
        _highlights.Clear();

        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        Noticed(text);
        AddLine(text, struck);
    }

    /// <summary>A paragraph's text where it belongs: its table cell, the text box being read, or the flow.</summary>
    private void AddLine(string text, bool struck)
    {
        if (InCell && _tables.TryPeek(out var table) && table.Cell is { } cell)
        {
            cell.AppendParagraph(text, struck);
            return;
        }

        if (_boxLines is not null && _containers.Peek() == Container.TextBox)
        {
            _boxLines.Add((text, struck));
            return;
        }

        if (_flow is null)
        {
            _flow = new LayoutGrid(GridKind.Flow, $"paragraphs {++_gridNumber}") { InMargin = InMargin };
            _layout.Grids.Add(_flow);
        }

        _flow.AddLine(text, struck);
    }

    /// <summary>
    /// The end of a text box. A box of one line anchored in a paragraph of the flow waits for that paragraph's
    /// end (the box answers its label); any other box's lines go into the flow at once, before the paragraph.
    /// </summary>
    private void EndTextBox()
    {
        var container = _containers.Pop();
        var lines = _boxLines;
        var outer = _outerParagraphs.Pop();
        _paragraph.Clear().Append(outer.Text);
        _paragraphStruck = outer.Struck;
        _highlights.Clear();
        _highlights.AddRange(outer.Highlights);
        _anchoredBoxes = outer.AnchoredBoxes;
        _boxLines = outer.BoxLines;
        if (container != Container.TextBox || lines is null || lines.Count == 0)
        {
            return;
        }

        if (lines is [{ Struck: false } only] && !CarriesLabel(only.Text))
        {
            _anchoredBoxes ??= [];
            if (!_anchoredBoxes.Exists(b => b.Text == only.Text))
            {
                _anchoredBoxes.Add((_paragraph.Length, only.Text));
            }

            return;
        }

        foreach (var (text, struck) in lines)
        {
            AddLine(text, struck);
        }
    }

    /// <summary>
    /// Text boxes typed over a form's line ("Subscriber Name: ____" with the name in a box laid on the
    /// underscores): Word anchors such a box in the paragraph of the line it covers, so its text is the answer
    /// to that paragraph's label, not to the label of the next line. It takes the place of the line's blank
    /// (the fill after the label, or the end of a label that ends with a colon), at its anchor. Where the
    /// paragraph has no blank, or several boxes are anchored where nothing says which blank each covers, the
    /// boxes stay lines of their own, ahead of the paragraph, as before; so does a box that carries a label of
    /// its own (<see cref="EndTextBox"/>).
    /// </summary>
    private void PlaceAnchoredBoxes()
    {
        var boxes = _anchoredBoxes!;
        _anchoredBoxes = null;
        var text = _paragraph.ToString();
        var labelEnd = BlankAfterLabel(text);
        var anchoredAfterText = boxes.TrueForAll(b => !string.IsNullOrWhiteSpace(text.AsSpan(0, b.Offset).ToString()));
        if (labelEnd < 0 || (!anchoredAfterText && boxes.Count > 1))
        {
            foreach (var box in boxes)
            {
                AddLine(box.Text, false);
            }

            return;
        }

        // From the last anchor back, so that each earlier offset still holds.
        for (var i = boxes.Count - 1; i >= 0; i--)
        {
            var (offset, box) = boxes[i];
            var at = anchoredAfterText ? offset : labelEnd;

            // The blank the box covers: the fill and spaces on both sides of its anchor.
            var start = at;
            while (start > 0 && IsBlank(text[start - 1]))
            {
                start--;
            }

            var end = at;
            while (end < text.Length && IsBlank(text[end]))
            {
                end++;
            }

            var placed = text[..start] + " " + box + (end < text.Length ? " " : "") + text[end..];
            var shift = placed.Length - text.Length;
            _highlights.RemoveAll(h => h.End > start && h.Start < end);
            for (var h = 0; h < _highlights.Count; h++)
            {
                if (_highlights[h].Start >= end)
                {
                    _highlights[h] = (_highlights[h].Start + shift, _highlights[h].End + shift);
                }
            }

            text = placed;
        }

        _paragraph.Clear().Append(text);
    }

    /// <summary>
    /// A box's line that holds a label and its value ("Telephone: 2211 6080"): a line of the form of its own,
    /// not the answer to the line it is anchored in. A colon between digits is a time, not a label's.
    /// </summary>
    private static bool CarriesLabel(string text)
    {
        for (var i = text.AsSpan().IndexOfAny(':', '：'); i >= 0; i = text.AsSpan(i + 1).IndexOfAny(':', '：') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i == 0 || !char.IsDigit(text[i - 1]) || i + 1 == text.Length || !char.IsDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spaces and the fill a printed form leaves to write on (underscores, dots).</summary>
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '_' or '.' or '…' or '＿';

    /// <summary>
    /// Where a paragraph's label ends when the paragraph has a blank to fill after it: a run of fill at its
    /// end, or a colon ending it. -1 when it has none (a sentence, a heading, a filled-in line).
    /// </summary>
    private static int BlankAfterLabel(string text)
    {
        var end = text.Length;
        var fill = 0;
        while (end > 0 && IsBlank(text[end - 1]))
        {
            fill += char.IsWhiteSpace(text[end - 1]) ? 0 : 1;
            end--;
        }

        if (end == 0)
        {
            return -1;
        }

        return fill >= 3 || text[end - 1] is ':' or '：' ? end : -1;
    }

    /// <summary>
    /// Options printed side by side ("Yes / No", "OTP-C   OTP-CSC   OMD-C", after a label and a colon or
    /// tab) with some of them highlighted and the others not: the highlight marks the choice as a tick
    /// would, so the options are read as boxes ("☒ Yes ☐ No"). Highlighted text elsewhere (a deadline, a
    /// note), every option highlighted, or an option half highlighted is only emphasis and stays as it is.
    /// </summary>
    private static string HighlightedChoice(string text, List<(int Start, int End)> highlights)
    {
        // The label before the options: up to the last colon or tab ahead of the first highlighted letter.
        var first = highlights.Min(h => h.Start);
        var optionsStart = Math.Max(text.LastIndexOf(':', Math.Max(first - 1, 0)), text.LastIndexOf('\t', Math.Max(first - 1, 0))) + 1;
        if (optionsStart > first)
        {
            optionsStart = 0;
        }

        var parts = new List<(int Start, int End)>();
        var start = optionsStart;
        for (var i = optionsStart; i <= text.Length; i++)
        {
            var gap = i < text.Length && char.IsWhiteSpace(text[i]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
            if (i == text.Length || text[i] is '/' or '|' or '\t' || gap)
            {
                if (text.AsSpan(start, i - start).Trim().Length > 0)
                {
                    parts.Add((start, i));
                }

                start = i + 1;
            }
        }

        if (parts.Count is < 2 or > 8 || parts.Exists(p => text.AsSpan(p.Start, p.End - p.Start).Trim().Length > 40))
        {
            return text;
        }

        // Each option wholly lit, wholly unlit, or neither (null): a half-lit option is emphasis, not a choice.
        bool? Highlighted((int Start, int End) part)
        {
            var letters = 0;
            var lit = 0;
            for (var i = part.Start; i < part.End; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                letters++;
                lit += highlights.Exists(h => i >= h.Start && i < h.End) ? 1 : 0;
            }

            return lit == 0 ? false : lit == letters ? true : null;
        }

        var chosen = parts.Select(Highlighted).ToList();
        if (chosen.Contains(null) || !chosen.Contains(true) || !chosen.Contains(false))
        {
            return text;
        }

        var label = text[..optionsStart].Trim();
        var options = string.Join(' ', parts.Select((p, i) => (chosen[i] == true ? Marks.Checked : Marks.Unchecked) + " " + text[p.Start..p.End].Trim()));
        return label.Length > 0 ? label + " " + options : options;
    }

    private void BeginTable()
    {
        var grid = new LayoutGrid(GridKind.Table, $"table {++_gridNumber}") { InMargin = InMargin };
        _layout.Grids.Add(grid);
        _tables.Push(new TableState(grid));
        _flow = null;
    }

    private void EndTable()
    {
        var nested = _tables.Pop();
        _flow = null;

        // A table inside a cell: its text is also what that cell says ("Subscriber Name | [Acme Ltd]").
        if (_tables.TryPeek(out var outer) && outer.Cell is { } holder)
        {
            var text = nested.Grid.Text;
            SpendText(text.Length);
            holder.AppendNested(text);
        }
    }

    /// <summary>
    /// A content control around rows, a table or several cells (a row control, a repeating section)
    /// holds a piece of the form's layout, not one answer: its text is not a field's value. One around
    /// a single cell is that cell's answer.
    /// </summary>
    private void MarkSdtsStructured(bool cell)
    {
        foreach (var sdt in _sdts)
        {
            if (sdt.InContent)
            {
                sdt.Structured |= !cell || ++sdt.Cells > 1;
            }
        }
    }

    private void BeginRow()
    {
        if (_tables.TryPeek(out var table))
        {
            table.Row = new LayoutRow();
            table.Grid.Rows.Add(table.Row);
            table.Column = 0;
        }
    }

    private void BeginCell()
    {
        if (_tables.TryPeek(out var table))
        {
            if (table.Row is null)
            {
                BeginRow();
            }

            table.Cell = new LayoutCell(table.Column);
            table.Row!.Cells.Add(table.Cell);
            _containers.Push(Container.Cell);
        }
    }

    private void EndCell()
    {
        if (_tables.TryPeek(out var table) && table.Cell is { } cell)
        {
            table.Column += cell.Span;
            table.Cell = null;
            _containers.Pop();
        }
    }

    private static bool IsOn(string? val) => val is null or "1" or "true" or "on";

    private static int ParseInt(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private bool InCell => _containers.Peek() is Container.Cell or Container.TextBoxInCell;

    private enum Container
    {
        Flow,
        Cell,
        TextBox,
        TextBoxInCell,
    }

    /// <summary>What a paragraph held when a text box anchored in it began, given back when the box ends.</summary>
    private sealed record OuterParagraph(
        string Text,
        bool Struck,
        List<(int Start, int End)> Highlights,
        List<(int Offset, string Text)>? AnchoredBoxes,
        List<(string Text, bool Struck)>? BoxLines);

    private sealed class TableState(LayoutGrid grid)
    {
        public LayoutGrid Grid { get; } = grid;
        public LayoutRow? Row { get; set; }
        public LayoutCell? Cell { get; set; }
        public int Column { get; set; }
    }

    private sealed class SdtState
    {
        public string? Tag { get; set; }
        public string? Alias { get; set; }
        public bool IsCheckbox { get; set; }
        public bool? Checked { get; set; }
        public bool Placeholder { get; set; }
        public string? FullDate { get; set; }
        public bool InContent { get; set; }
        public bool Structured { get; set; }
        public (string? XPath, string? Store, string? Prefixes)? Binding { get; set; }
        public bool Replaced { get; set; }
        public int Cells { get; set; }
        public StringBuilder Text { get; } = new();
    }

    /// <summary>The value a content control's data binding points at in the document's custom XML, or null.</summary>
    private string? BoundValue(string? xpath, string? storeItemId, string? prefixMappings)
    {
        // Only the path Word writes (/ns0:form[1]/ns0:contact[1]): an expression from a file is not run.
        if (xpath is not { Length: > 0 and <= 1000 } || _main is null || !BindingPath().IsMatch(xpath))
        {
            return null;
        }

        var key = storeItemId?.Trim() ?? "";
        _stores ??= [];
        if (!_stores.TryGetValue(key, out var store))
        {
            // Only the store a control names is read, once; a document with one store binds to it whatever the id says.
            var read = ReadStores(_main, key);
            store = read.TryGetValue(key, out var named) ? named : read.Count == 1 ? read.Values.First() : null;
            _stores[key] = store;
        }

        if (store is null)
        {
            return null;
        }

        try
        {
            var navigator = store.CreateNavigator();
            var namespaces = new XmlNamespaceManager(navigator.NameTable);
            foreach (System.Text.RegularExpressions.Match mapping in PrefixMapping().Matches(prefixMappings ?? ""))
            {
                namespaces.AddNamespace(mapping.Groups[1].Value, mapping.Groups[2].Value);
            }

            return navigator.SelectSingleNode(xpath, namespaces)?.Value is { } value ? TextRules.Fold(value, compatibility: false) : null;
        }
        catch (Exception ex) when (ex is XPathException or XmlException or ArgumentException)
        {
            return null;
        }
    }

    private Dictionary<string, XPathDocument> ReadStores(MainDocumentPart main, string? wanted)
    {
        var stores = new Dictionary<string, XPathDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var custom in main.CustomXmlParts)
        {
            try
            {
                string? itemId = null;
                if (custom.CustomXmlPropertiesPart is { } properties)
                {
                    using var props = XmlReader.Create(_budget.Open(properties), SafeXml.Settings(_options));
                    if (props.MoveToContent() == XmlNodeType.Element)
                    {
                        itemId = props.GetAttribute("itemID", props.NamespaceURI) ?? props.GetAttribute("ds:itemID");
                    }
                }

                if (itemId is not null && !string.Equals(itemId.Trim(), wanted, StringComparison.OrdinalIgnoreCase) && main.CustomXmlParts.Count() > 1)
                {
                    continue;
                }

                using var data = XmlReader.Create(_budget.Open(custom), SafeXml.Settings(_options));
                stores[itemId?.Trim() ?? $"#{stores.Count}"] = new XPathDocument(data);
            }
            catch (XmlException)
            {
                // A data store that is not XML binds nothing; the controls keep the text they show.
            }
        }

        return stores;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:/(?:[\w.-]+:)?[\w.-]+(?:\[\d{1,6}\])?){1,32}(?:/@(?:[\w.-]+:)?[\w.-]+)?$")]
    private static partial System.Text.RegularExpressions.Regex BindingPath();

    [System.Text.RegularExpressions.GeneratedRegex(@"xmlns:([\w.-]+)\s*=\s*['""]([^'""]*)['""]")]
    private static partial System.Text.RegularExpressions.Regex PrefixMapping();

    private static bool IsEnclosure(string text) => text is "○" or "◯" or "〇" or "□" or "△" or "◇" or "O" or "o";

    /// <summary>EQ \o\ac(○,是): two characters drawn over each other, one the enclosing shape.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*eq\s+\\o(?:\\a[lcr])?\s*\(\s*([^,()]{1,4})\s*,\s*([^,()]{1,12})\s*\)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EnclosedCharacter();

    private sealed class FieldState
    {
        public StringBuilder Instruction { get; } = new();
        public string? Name { get; set; }
        public bool IsCheckbox { get; set; }
        public bool IsText { get; set; }
        public bool? Default { get; set; }
        public bool? Checked { get; set; }
        public bool InResult { get; set; }
        public StringBuilder Result { get; } = new();
    }
}

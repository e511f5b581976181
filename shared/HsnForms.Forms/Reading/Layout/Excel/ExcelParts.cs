using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Reading.Recognition;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>
/// How every part of one workbook is read: within the document's inflation budget, with the XML limits
/// for subscriber files, through one name table ("c", "r", "v" and "t" are made once, not once per
/// part), and with the workbook's cell count kept against the limit.
/// </summary>
internal sealed class ExcelParts
{
    // A form fills a few hundred cells. A workbook that has filled this many and shown nothing of a form
    // (no title, service, own label) is data, which no form becomes by reading further.
    internal const int CellsAFormFitsIn = 10_000;

    // Cells of any kind, empty styled ones too (a wide table's formatting): a form's whole grid is a few thousand.
    internal const int AnyCellsAFormFitsIn = 50_000;

    private readonly FormEvidenceProbe? _probe;
    private int _cells;
    private int _filled;
    private int _any;
    private bool _hinted;
    private long _text;

    public ExcelParts(FormReaderOptions options, InflationBudget budget, FormEvidenceProbe? probe = null)
    {
        Options = options;
        Budget = budget;
        _probe = probe;
        Settings = SafeXml.Settings(options);
        Settings.NameTable = new NameTable();
    }

    public FormReaderOptions Options { get; }
    public InflationBudget Budget { get; }
    public XmlReaderSettings Settings { get; }

    public XmlReader Open(OpenXmlPart part) => SafeXml.Create(Budget.Open(part), Settings, Options);

    /// <summary>
    /// Counts the characters of text made from the workbook (shared strings once, each cell's text where
    /// it is shown): a short file whose strings are shown thousands of times is refused before it costs
    /// gigabytes.
    /// </summary>
    public void SpendText(int characters)
    {
        if ((_text += characters) > Options.MaxTextCharacters)
        {
            throw new FormLimitExceededException("The workbook holds more text than any form (its strings repeat far beyond a form's size).");
        }
    }

    /// <summary>Counts entries of a list part (strings, styles, fonts, formats); a list longer than any form needs is refused.</summary>
    public static void CheckCount(int count, int limit, string what)
    {
        if (count > limit)
        {
            throw new FormLimitExceededException($"The workbook lists more than {limit:N0} {what}, far beyond any form.");
        }
    }

    /// <summary>
    /// Why reading stopped at a size budget (cells, shared strings), or null. Size alone is no attack: a
    /// large sheet of data reads well and is simply no form, so reaching the budget stops the reading
    /// instead of refusing the file; the verdict waits for what was read (see <see cref="DocumentLayout.StoppedAtBudget"/>).
    /// </summary>
    public string? Stopped { get; private set; }

    /// <summary>Counts cells (and controls drawn over cells) read so far; false once the workbook is past the limit, and reading stops.</summary>
    public bool CountCells(int count, string what = "cells")
    {
        if ((_cells += count) > Options.MaxCells)
        {
            Stopped ??= $"The workbook has more than {Options.MaxCells:N0} {what}, far beyond any form.";
            return false;
        }

        return true;
    }

    /// <summary>Whether reading stopped before any cell hinted at a form (with no probe, never).</summary>
    public bool StoppedWithoutHint => (Stopped ?? ListCut) is not null && _probe is not null && !_hinted;

    /// <summary>Why a list (the shared strings) was read only up to its budget, or null; the sheets are still read.</summary>
    public string? ListCut { get; private set; }

    /// <summary>Counts a cell, and stops the reading once the workbook is far past any form's size without a hint of one.</summary>
    public void Notice(string text)
    {
        if (_probe is null || _hinted)
        {
            return;
        }

        _hinted = text.Length > 0 && _probe.Hints(text);
        if (!_hinted && ((text.Length > 0 && ++_filled >= CellsAFormFitsIn) || ++_any >= AnyCellsAFormFitsIn))
        {
            Stopped ??= "The workbook is far larger than any form and shows nothing of one.";
        }
    }

    /// <summary>Marks a list (shared strings) read up to its budget: the rest of the list is left unread, the sheets are read.</summary>
    public void CutList(string why) => ListCut ??= why;
}

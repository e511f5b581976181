namespace HsnForms.Forms.Values;

/// <summary>How a field's value was found: the evidence behind it, strongest first.</summary>
public enum FieldSource
{
    /// <summary>Not recorded: a submission stored before values kept their source.</summary>
    Unknown,

    /// <summary>A named control: a content control, a legacy form field, a check box named for the field.</summary>
    Control,

    /// <summary>An Excel defined name pointing at the answer cell.</summary>
    DefinedName,

    /// <summary>Beside, under or after a printed label of the field.</summary>
    Label,

    /// <summary>A sentence or phrase that says it ("We will participate", a tick against "Successful").</summary>
    Phrase,

    /// <summary>Read from the layout alone (ticks under a heading, a list with no boxes), with no label or control naming it.</summary>
    Inferred,

    /// <summary>Set by a person on the service desk (a correction or a form entered by hand).</summary>
    Desk,
}

/// <summary>The names sources have in JSON (<c>parse --json</c>'s <c>sources</c>, stored submissions).</summary>
public static class FieldSources
{
    public static string Name(FieldSource source) => source switch
    {
        FieldSource.Control => "control",
        FieldSource.DefinedName => "defined_name",
        FieldSource.Label => "label",
        FieldSource.Phrase => "phrase",
        FieldSource.Inferred => "inferred",
        FieldSource.Desk => "desk",
        _ => "unknown",
    };

    public static FieldSource Parse(string? name) => name switch
    {
        "control" => FieldSource.Control,
        "defined_name" => FieldSource.DefinedName,
        "label" => FieldSource.Label,
        "phrase" => FieldSource.Phrase,
        "inferred" => FieldSource.Inferred,
        "desk" => FieldSource.Desk,
        _ => FieldSource.Unknown,
    };

    /// <summary>The stronger of two pieces of evidence: a named control outranks a label, a label a phrase, a phrase an inference.</summary>
    public static FieldSource Stronger(FieldSource a, FieldSource b) =>
        a == FieldSource.Unknown ? b : b == FieldSource.Unknown ? a : (FieldSource)Math.Min((int)a, (int)b);
}

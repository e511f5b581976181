using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Labels;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Page;

/// <summary>A named control as the interpreter reads it: the field its name or title points to, and the services it names.</summary>
internal sealed class ControlView
{
    private readonly ServiceMatcher _serviceMatcher;
    private List<(string Code, int Index)>? _services;

    public ControlView(LayoutControl control, LabelMatcher labels, ServiceMatcher services)
    {
        _serviceMatcher = services;
        Control = control;
        ByName = control.Name is null ? null : labels.ByCompactName(control.Name);
        Choice = labels.NamedChoice(control.Name);
        NameField = string.IsNullOrWhiteSpace(control.Name) ? null : ByName ?? Choice.Field;
        AliasField = labels.FieldForName(control.Alias);
        Title = $"{control.Name} {control.Alias}";
    }

    public LayoutControl Control { get; }

    /// <summary>The field whose key or label the name spells ("subscriber_id", "Subscriber ID").</summary>
    public FieldDefinition? ByName { get; }

    /// <summary>A name of the form "field:value" ("participate:true", "services.OTP_C").</summary>
    public (FieldDefinition? Field, string? Value) Choice { get; }

    /// <summary>The field the name points to, by spelling or as a choice of it.</summary>
    public FieldDefinition? NameField { get; }

    /// <summary>The field the title (alias) points to.</summary>
    public FieldDefinition? AliasField { get; }

    /// <summary>Name and title together, as words are looked for in them.</summary>
    public string Title { get; }

    /// <summary>The circular's services that the name or title names.</summary>
    public List<(string Code, int Index)> Services => _services ??= _serviceMatcher.Find(Title);

    /// <summary>How a value read from this control was found: a control in the document, or a defined name of a workbook.</summary>
    public Values.FieldSource Source => Control.IsDefinedName ? Values.FieldSource.DefinedName : Values.FieldSource.Control;
}

using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Templates;

/// <summary>What a blank form shows, shared by the Word and Excel writers so both say the same.</summary>
internal static class TemplateLayout
{
    public const string ParticipateYes = "We will participate in the Practice Session using HSN";
    public const string ParticipateNo = "We will not participate in the Practice Session using HSN";
    public const string ParticipateYesZh = "本公司將使用HSN參與演習";
    public const string ParticipateNoZh = "本公司將不會使用HSN參與演習";
    public static readonly string[] ResultChoices = ["Successful", "Unsuccessful", "Not tested"];

    public static string Heading(FormDefinition form) => $"{form.Appendix} – {form.Title}".TrimStart(' ', '–');

    public static string BilingualLabel(FieldDefinition field) =>
        field.LabelZh is { Length: > 0 } zh ? $"{field.Label} {zh}" : field.Label;

    /// <summary>The fields a subscriber types in, in order; tick groups are laid out on their own.</summary>
    public static IEnumerable<FieldDefinition> TypedFields(FormDefinition form) =>
        form.Fields.Where(f => f.Type is not (FieldType.YesNo or FieldType.ServiceSet or FieldType.ServiceResults) && f.Key != "circular_ref");

    public static string ServiceLabel(FormCatalog catalog, string code) =>
        catalog.Service(code) is { } service ? $"{code} – {service.Name}" : code;
}

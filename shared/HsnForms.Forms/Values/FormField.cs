namespace HsnForms.Forms.Values;

/// <summary>A canonical key of forms.md and the value found for it.</summary>
public sealed record FormField(string Key, FieldValue Value);

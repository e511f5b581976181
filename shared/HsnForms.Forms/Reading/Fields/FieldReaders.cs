using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>One reader per field type (forms.json "type"), each field of a form read by its type's reader.</summary>
internal sealed class FieldReaders
{
    private readonly Dictionary<FieldType, IFieldReader> _readers;
    private readonly TitleReference _titleReference;

    public FieldReaders(ReadingContext context)
    {
        _titleReference = new TitleReference(context);
        _readers = new()
        {
            [FieldType.Text] = new TextFieldReader(context),
            [FieldType.SubscriberId] = new SubscriberIdReader(context),
            [FieldType.Email] = new EmailReader(context),
            [FieldType.Phone] = new PhoneReader(context),
            [FieldType.Date] = new DateReader(context),
            [FieldType.YesNo] = new YesNoReader(context),
            [FieldType.ServiceSet] = new ServiceSetReader(context),
            [FieldType.ServiceResults] = new ServiceResultsReader(context),
        };
    }

    /// <summary>Every field of the form, in the form's order; a field not found is absent.</summary>
    public FormFields Read(FormPage page, FormDefinition form, List<FormProblem> problems)
    {
        var fields = new List<FormField>();
        foreach (var field in form.Fields)
        {
            if (_readers[field.Type].Read(page, field, problems) is { } value)
            {
                fields.Add(new FormField(field.Key, value));
            }
            else if (!problems.Exists(p => p.Field == field.Key) && _titleReference.Read(page, form, field, problems) is { } titled)
            {
                // No label gives it: the reference written into the form's title or heading lines.
                fields.Add(new FormField(field.Key, titled));
            }
        }

        return new FormFields(fields);
    }
}

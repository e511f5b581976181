using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>One reader per field type (forms.json "type"), each field of a form read by its type's reader.</summary>
internal sealed class FieldReaders
{
    private readonly Dictionary<FieldType, IFieldReader> _readers;

    public FieldReaders(ReadingContext context)
    {
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
        }

        return new FormFields(fields);
    }
}

using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>Reads one kind of field from a page: where its value stands, what it says, and what is wrong with it.</summary>
internal interface IFieldReader
{
    /// <summary>The field's value, or null when the form does not give one; problems found on the way are added.</summary>
    FieldValue? Read(FormPage page, FieldDefinition field, List<FormProblem> problems);
}

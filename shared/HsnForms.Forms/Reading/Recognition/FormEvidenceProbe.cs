using System.Text;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Recognition;

/// <summary>
/// A quick look, while a long document is still being read, for anything that could make it a form:
/// a form's title or short name, one of the catalogue's services, a label or printed choice only a form
/// prints (its own labels and choices minus the generic ones), or the network's name: whatever the
/// recogniser counts as a form's own evidence is among them. It decides nothing: a document that shows
/// none of these after more than any form holds cannot become one, so the layout stops reading it.
/// Loose on purpose (letters and digits only, any case): a false hint only means reading on.
/// </summary>
internal sealed class FormEvidenceProbe
{
    private readonly string[] _phrases;

    public FormEvidenceProbe(FormCatalog catalog)
    {
        var generic = catalog.Vocabulary.GenericLabels.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var phrases = new List<string?> { "hsn" };
        foreach (var form in catalog.Forms)
        {
            phrases.AddRange([form.Title, form.TitleZh, form.TitleZh is null ? null : ChineseScript.Simplified(form.TitleZh)]);
            phrases.AddRange(form.Recognise);
            foreach (var key in form.OwnLabels)
            {
                if (form.Field(key) is { } field)
                {
                    phrases.AddRange([field.Label, field.LabelZh, .. field.Labels, .. field.ChoicesTrue, .. field.ChoicesFalse]);
                }
            }
        }

        foreach (var service in catalog.Services)
        {
            phrases.AddRange([service.Code, service.Name, service.NameZh]);
        }

        _phrases = [.. phrases.OfType<string>().Select(Normalise).Where(p => p.Length > 1 && !generic.Contains(p)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether a paragraph or cell says anything only a form (or a letter about one) would.</summary>
    public bool Hints(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var normalised = Normalise(text);
        foreach (var phrase in _phrases)
        {
            if (normalised.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters and digits in lower case, anything else one space: "OTP-C" and "otp c" are alike.</summary>
    private static string Normalise(string text)
    {
        var folded = TextRules.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}

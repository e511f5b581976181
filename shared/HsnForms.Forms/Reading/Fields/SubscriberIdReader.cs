using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>An HSN subscriber ID: HSN and four digits, upper case, however spaced or hyphenated.</summary>
internal sealed partial class SubscriberIdReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text);
        var id = TextRules.Fold(text).ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (!Pattern().IsMatch(id) && DistinctIds(text) is [var first, var second, ..])
        {
            // "HSN1618 / HSN1681": two ids in one answer are two values for one field, not a bad id.
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous, $"\"{field.Label}\" holds more than one ID (\"{first}\" and \"{second}\"); which one is meant?"));
            return null;
        }

        if (!Pattern().IsMatch(id))
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"The HSN subscriber ID \"{text}\" is not HSN followed by four digits (e.g. HSN0427)."));
            return null;
        }

        return new TextValue(id);
    }

    /// <summary>The ID a whole cell holds ("HSN0427", "hsn-0427", "HSN 0427"), upper case, or null.</summary>
    internal static string? WholeId(string text)
    {
        var id = TextRules.Fold(text).ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return Pattern().IsMatch(id) ? id : null;
    }

    /// <summary>The different well-formed ids an answer holds, each written whole ("HSN1618", "hsn-1681").</summary>
    private static List<string> DistinctIds(string text)
    {
        var ids = new List<string>();
        var folded = TextRules.Fold(text);
        foreach (var match in OneId().EnumerateMatches(folded))
        {
            var id = folded.Substring(match.Index, match.Length).ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])HSN[ -]?\d{4}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex OneId();

    [GeneratedRegex(@"^HSN\d{4}$")]
    internal static partial Regex Pattern();
}

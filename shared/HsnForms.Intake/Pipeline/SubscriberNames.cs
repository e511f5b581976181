using System.Globalization;
using System.Text;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Pipeline;

/// <summary>
/// Which registered subscribers a name written on a form names, by the name's own words: case, spacing,
/// punctuation and the company-form words (Limited, Ltd., Company, (HK), 有限公司) do not make a different
/// name. Only a name that is exactly another subscriber's, so read, counts as naming it: a name nobody is
/// registered under names nobody.
/// </summary>
internal sealed class SubscriberNames
{
    private static readonly HashSet<string> s_companyWords = new(StringComparer.Ordinal)
    {
        "the", "limited", "ltd", "company", "co", "corporation", "corp", "incorporated", "inc", "plc", "llc", "hk", "hong", "kong", "hongkong",
    };

    private static readonly string[] s_chineseCompanyWords = ["有限公司", "香港", "公司"];

    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);

    public SubscriberNames(IEnumerable<Subscriber> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var key = Key(subscriber.Name);
            if (key.Length > 0)
            {
                if (!_byName.TryGetValue(key, out var ids))
                {
                    _byName[key] = ids = [];
                }

                ids.Add(subscriber.Id);
            }
        }
    }

    /// <summary>The subscribers a written name names; none when it is nobody's registered name.</summary>
    public IReadOnlyList<string> Naming(string? written) =>
        written is { Length: > 0 and < 1_000 } && _byName.TryGetValue(Key(written), out var ids) ? ids : [];

    internal static string Key(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var word in s_chineseCompanyWords)
        {
            folded = folded.Replace(word, " ", StringComparison.Ordinal);
        }

        var words = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            words.Append(char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !s_companyWords.Contains(w)));
    }
}

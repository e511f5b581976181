using System.Collections.Frozen;

namespace HsnForms.Forms.Catalog;

/// <summary>
/// The catalogue is written in Traditional Chinese, as Hong Kong writes it; subscribers on the
/// mainland (China Connect) type Simplified. Each Chinese label, phrase and title is also matched in
/// its Simplified spelling, so a circular's data is written once.
/// </summary>
internal static class ChineseScript
{
    // The catalogue's Traditional characters whose Simplified form differs; a character not here is written the same.
    private static readonly FrozenDictionary<char, char> s_simplified = new Dictionary<char, char>
    {
        ['備'] = '备', ['務'] = '务', ['參'] = '参', ['問'] = '问', ['場'] = '场', ['戶'] = '户', ['據'] = '据',
        ['敗'] = '败', ['數'] = '数', ['將'] = '将', ['會'] = '会', ['書'] = '书', ['權'] = '权', ['測'] = '测',
        ['習'] = '习', ['碼'] = '码', ['稱'] = '称', ['簽'] = '签', ['結'] = '结', ['絡'] = '络', ['統'] = '统',
        ['編'] = '编', ['聯'] = '联', ['與'] = '与', ['華'] = '华', ['號'] = '号', ['註'] = '注', ['試'] = '试',
        ['話'] = '话', ['證'] = '证', ['連'] = '连', ['過'] = '过', ['適'] = '适', ['郵'] = '邮', ['電'] = '电',
        ['領'] = '领', ['題'] = '题', ['驗'] = '验', ['繫'] = '系', ['為'] = '为', ['這'] = '这', ['個'] = '个',
        ['單'] = '单', ['無'] = '无', ['說'] = '说', ['應'] = '应', ['請'] = '请', ['寫'] = '写',
    }.ToFrozenDictionary();

    public static string Simplified(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u4e00', '\u9fff'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = s_simplified.TryGetValue(source[i], out var simple) ? simple : source[i];
            }
        });
    }

    /// <summary>Every phrase as written, then each Simplified spelling that differs.</summary>
    public static List<string> WithSimplified(IEnumerable<string> phrases)
    {
        var all = phrases.Distinct(StringComparer.Ordinal).ToList();
        foreach (var phrase in all.ToArray())
        {
            var simple = Simplified(phrase);
            if (!string.Equals(simple, phrase, StringComparison.Ordinal) && !all.Contains(simple, StringComparer.Ordinal))
            {
                all.Add(simple);
            }
        }

        return all;
    }
}

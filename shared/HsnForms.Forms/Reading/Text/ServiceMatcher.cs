using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Reading.Text;

/// <summary>Finds a circular's services in text, by code however spaced ("OMD- C", "otp_csc") or by full name.</summary>
internal sealed class ServiceMatcher
{
    private readonly List<(string Code, Regex Pattern)> _patterns = [];

    // Any of the services at all: most rows name none, and are then scanned once, not once per service.
    private readonly Regex _any;

    public ServiceMatcher(IReadOnlyList<string> codes, FormCatalog catalog)
    {
        Codes = codes;
        foreach (var code in codes.OrderByDescending(c => c.Length))
        {
            var chunks = Regex.Split(code, "[^A-Za-z0-9]+").Where(c => c.Length > 0).Select(Regex.Escape);
            var alternatives = new List<string> { @"(?<![A-Za-z0-9])" + string.Join(@"[\s\-_–—.]*", chunks) + @"(?![A-Za-z0-9])" };
            if (catalog.Service(code) is { } service)
            {
                alternatives.Add(NamePattern(service.Name));
                if (service.NameZh is { Length: > 0 } zh)
                {
                    alternatives.Add(NamePattern(zh));
                }
            }

            // Compiled once per circular and used on every cell of every form.
            _patterns.Add((code, new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }

        _any = _patterns.Count == 0
            ? new Regex("(?!)")
            : new Regex(string.Join('|', _patterns.Select(p => "(?:" + p.Pattern + ")")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public IReadOnlyList<string> Codes { get; }

    private static string NamePattern(string name) =>
        string.Join(@"[\s\-–—:]*", Regex.Split(name, @"[\s\-–—]+").Where(w => w.Length > 0).Select(Regex.Escape));

    /// <summary>Each service named in the text, once, with where it was first named.</summary>
    public List<(string Code, int Index)> Find(string text)
    {
        var found = new List<(string, int)>();
        if (text.Length == 0 || !_any.IsMatch(text))
        {
            return found;
        }

        List<(int Start, int End)>? taken = null;
        foreach (var (code, pattern) in _patterns)
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                // Longer codes were matched first: "OTP-CSC" is not also "OTP-C".
                var (start, end) = (match.Index, match.Index + match.Length);
                if (taken is not null && taken.Exists(t => start < t.End && t.Start < end))
                {
                    continue;
                }

                (taken ??= []).Add((start, end));
                if (!found.Exists(f => f.Item1 == code))
                {
                    found.Add((code, start));
                }
            }
        }

        return found;
    }

    /// <summary>Text with every service name or code blanked, so its words are not read as answers.</summary>
    public string Without(string text)
    {
        if (!_any.IsMatch(text))
        {
            return text;
        }

        foreach (var (_, pattern) in _patterns)
        {
            text = pattern.Replace(text, " ");
        }

        return text;
    }

    /// <summary>Text with every service name or code blanked letter for letter, so what is left stays where it was.</summary>
    public string Blanked(string text)
    {
        if (!_any.IsMatch(text))
        {
            return text;
        }

        foreach (var (_, pattern) in _patterns)
        {
            text = pattern.Replace(text, m => new string(' ', m.Length));
        }

        return text;
    }

    public IEnumerable<string> InCircularOrder(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return Codes.Where(set.Contains);
    }
}

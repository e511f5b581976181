using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Labels;

/// <summary>The field a label names, and whether the label is one so common that it proves nothing (Name, Date, Results).</summary>
internal readonly record struct LabelMatch(FieldDefinition Field, bool Generic);

/// <summary>
/// Which field a printed label or a control's name names: by the field's labels in English or Chinese
/// (both must agree where both are given), by a known label with filler around it, and as a last
/// resort by the field's keywords. Built once per catalogue.
/// </summary>
internal sealed class LabelMatcher
{
    private readonly ReadingWords _words;
    private readonly List<FieldDefinition> _fields;
    private readonly Dictionary<string, FieldDefinition> _english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldDefinition> _chinese = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldDefinition> _compact = new(StringComparer.Ordinal);

    // Looked up by span: a cell's text is cut into words and keys without a string for each.
    private readonly Dictionary<string, FieldDefinition>.AlternateLookup<ReadOnlySpan<char>> _englishBySpan;
    private readonly Dictionary<string, FieldDefinition>.AlternateLookup<ReadOnlySpan<char>> _chineseBySpan;
    private readonly Dictionary<string, FieldDefinition>.AlternateLookup<ReadOnlySpan<char>> _compactBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _vocabularyBySpan;

    // The words labels are made of, by first letter, to spell an abbreviated one out ("Prsn", "Subscr.").
    private readonly Dictionary<char, string[]> _vocabularyByInitial;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    // The generic labels' keys (English words, Chinese characters) and their compact spellings (control names).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _genericBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _genericCompactBySpan;

    public LabelMatcher(FormCatalog catalog, ReadingWords words)
    {
        _words = words;
        _fields = [.. catalog.Forms.SelectMany(f => f.Fields).DistinctBy(f => f.Key)];
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        vocabulary.UnionWith(_fields
            .SelectMany(f => f.Labels.Append(f.Label).Select(l => TextRules.LabelKey(l).English).Concat(f.Keywords.SelectMany(g => g)))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(words.LabelWords));
        foreach (var field in catalog.Forms.SelectMany(f => f.Fields))
        {
            foreach (var label in field.Labels.Append(field.Label).Append(field.LabelZh ?? ""))
            {
                var (en, zh) = TextRules.LabelKey(label);
                if (en.Length > 0)
                {
                    _english.TryAdd(en, field);
                }
                else if (zh.Length > 0)
                {
                    _chinese.TryAdd(zh, field);
                }

                if (TextRules.Compact(label) is { Length: > 0 } compact)
                {
                    _compact.TryAdd(compact, field);
                }
            }

            _compact.TryAdd(TextRules.Compact(field.Key), field);
        }

        _englishBySpan = _english.GetAlternateLookup<ReadOnlySpan<char>>();
        _chineseBySpan = _chinese.GetAlternateLookup<ReadOnlySpan<char>>();
        _compactBySpan = _compact.GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabularyBySpan = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabularyByInitial = vocabulary.Where(w => w.Length >= 4 && w.All(char.IsAsciiLetterLower))
            .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray());
        _abbreviations = words.LabelAbbreviations.ToDictionary(a => a.Short, a => a.Word, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var generic = new HashSet<string>(StringComparer.Ordinal);
        var genericCompact = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in words.GenericLabels)
        {
            var (en, zh) = TextRules.LabelKey(label);
            generic.Add(en.Length > 0 ? en : zh);
            genericCompact.Add(TextRules.Compact(label));
        }

        _genericBySpan = generic.GetAlternateLookup<ReadOnlySpan<char>>();
        _genericCompactBySpan = genericCompact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a control's name or title is only a generic label ("Phone", "Company_Name").</summary>
    public bool IsGenericName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        Span<char> compact = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return _genericCompactBySpan.Contains(compact[..TextRules.Compact(name, compact)]);
    }

    /// <summary>Which field a printed label names, or null: both languages must agree where both are given.</summary>
    public FieldDefinition? FieldForLabel(string label) => Match(label.AsSpan())?.Field;

    public FieldDefinition? FieldForLabel(ReadOnlySpan<char> label) => Match(label)?.Field;

    /// <summary>The field a printed label names and whether the label is generic, or null when it names none.</summary>
    public LabelMatch? Match(ReadOnlySpan<char> label)
    {
        if (label.Length > 90)
        {
            return null;
        }

        if (_words.FirstChoiceOf(label) is { } first)
        {
            // "We will / will not participate": the label of a choice names it by its first option.
            return ByWords(first);
        }

        return ByWords(label);
    }

    private LabelMatch? ByWords(ReadOnlySpan<char> label)
    {
        Span<char> english = stackalloc char[label.Length];
        Span<char> chinese = stackalloc char[label.Length];
        var (range, zh) = TextRules.LabelKey(label, english, chinese);
        var en = english[range];
        if (en.Length > 0)
        {
            if (_englishBySpan.TryGetValue(en, out var field))
            {
                return new LabelMatch(field, _genericBySpan.Contains(en));
            }

            var slot = NumberedSlot(en);
            if (slot.Length > 0 && _englishBySpan.TryGetValue(slot, out var set) && set.Type == FieldType.ServiceSet)
            {
                // "Service 1", "System 2": numbered slots of a set, each holding one choice (a drop-down).
                return new LabelMatch(set, _genericBySpan.Contains(slot));
            }

            if (Loosely(en) is var (loose, inner))
            {
                return new LabelMatch(loose, _genericBySpan.Contains(en[inner]));
            }

            // Found by its keywords alone, or with its words abbreviated: a wording no list foresaw says what it
            // labels, not that this is a form.
            return (ByKeywords(label, en) ?? Abbreviated(label, en)) is { } byKeywords ? new LabelMatch(byKeywords, Generic: true) : null;
        }

        if (zh > 0)
        {
            var key = chinese[..zh];
            var generic = _genericBySpan.Contains(key);
            return _chineseBySpan.TryGetValue(key, out var byChinese) ? new LabelMatch(byChinese, generic)
                : _englishBySpan.TryGetValue(key, out var byKey) ? new LabelMatch(byKey, generic) : null;
        }

        return null;
    }

    /// <summary>A label key that ends in a slot number ("service 1", "system no 2"): the key before the number, else null.</summary>
    private static ReadOnlySpan<char> NumberedSlot(ReadOnlySpan<char> key)
    {
        var space = key.LastIndexOf(' ');
        if (space <= 0 || key.Length - space - 1 is < 1 or > 2 || key[(space + 1)..].ContainsAnyExcept(s_asciiDigits))
        {
            return [];
        }

        var before = key[..space];
        return before.EndsWith(" no", StringComparison.Ordinal) ? before[..^3] : before;
    }

    /// <summary>Where each word of a label key starts and ends: the key is lower-case words separated by one space.</summary>
    private static int WordBounds(ReadOnlySpan<char> key, Span<int> starts, Span<int> ends)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= key.Length; i++)
        {
            if (i == key.Length || key[i] == ' ')
            {
                if (count == starts.Length)
                {
                    return count + 1;
                }

                starts[count] = start;
                ends[count++] = i;
                start = i + 1;
            }
        }

        return count;
    }

    /// <summary>
    /// A label with words around a known one ("Participation in PS2 using HSN", "Please state Company
    /// Name"): up to two words dropped before and three after, leaving a known label of two words or more.
    /// </summary>
    private (FieldDefinition Field, Range Inner)? Loosely(ReadOnlySpan<char> english)
    {
        Span<int> starts = stackalloc int[12];
        Span<int> ends = stackalloc int[12];
        var count = WordBounds(english, starts, ends);
        if (count < 3 || count > 12)
        {
            return null;
        }

        // Only filler may go before a label: "No issue encountered" is an answer, not the label "Issue Encountered".
        var fillers = 0;
        while (fillers < 2 && fillers < count && _words.IsLabelLeadIn(english[starts[fillers]..ends[fillers]]))
        {
            fillers++;
        }

        for (var length = count - 1; length >= 2; length--)
        {
            for (var start = 0; start <= fillers && start + length <= count; start++)
            {
                if (count - start - length > 4)
                {
                    continue;
                }

                // The words of a key are one space apart, so a run of them is one slice of it.
                if (_englishBySpan.TryGetValue(english[starts[start]..ends[start + length - 1]], out var field))
                {
                    return (field, starts[start]..ends[start + length - 1]);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The last resort for a label: the one field whose keywords it carries ("Name of HSN Subscriber",
    /// "Remarks / Issues"). Only for short, label-like text: a sentence or an answer is not a label.
    /// </summary>
    private FieldDefinition? ByKeywords(ReadOnlySpan<char> raw, ReadOnlySpan<char> english)
    {
        Span<int> starts = stackalloc int[7];
        Span<int> ends = stackalloc int[7];
        var count = WordBounds(english, starts, ends);
        if (count > 7 || raw.TrimEnd().EndsWith('.'))
        {
            return null;
        }

        var first = english[starts[0]..ends[0]];
        if (_words.IsAnswerOpener(first) || _words.IsSentenceOpener(first) && count > 3)
        {
            return null;
        }

        for (var w = 0; w < count; w++)
        {
            var word = english[starts[w]..ends[w]];

            // Every word must be one that labels are made of: "Tai Koo Investment Services Ltd" names a
            // company, not the services field; a number is an answer.
            if (word.Length > 1 && !word.ContainsAnyExcept(s_asciiDigits) || !_vocabularyBySpan.Contains(word))
            {
                return null;
            }
        }

        FieldDefinition? found = null;
        foreach (var field in _fields)
        {
            if (field.Keywords.Count > 0 && HasEveryGroup(field.Keywords, english, starts[..count], ends[..count]) && !HasAny(field.ExcludeWords, english, starts[..count], ends[..count]))
            {
                if (found is not null && found != field)
                {
                    return null;
                }

                found = field;
            }
        }

        return found;
    }

    /// <summary>
    /// A short label with words abbreviated ("Subscr. ID", "Contact Prsn", "E-mail addr", "Sess. date", "Dt."):
    /// each word not one labels are made of is spelt out, and the label is the field's when the words spelt
    /// out are a label of it. A word is spelt out by the catalogue's abbreviations ("dt"), as the start of
    /// one word only when typed with a full stop ("Subscr."), or as the letters of one word in order from its
    /// first ("Prsn", "addr").
    /// </summary>
    private FieldDefinition? Abbreviated(ReadOnlySpan<char> raw, ReadOnlySpan<char> english)
    {
        if (english.Length > 48)
        {
            return null;
        }

        Span<int> starts = stackalloc int[5];
        Span<int> ends = stackalloc int[5];
        var count = WordBounds(english, starts, ends);
        if (count > 5)
        {
            return null;
        }

        Span<char> spelt = stackalloc char[160];
        var length = 0;
        var abbreviated = false;
        for (var w = 0; w < count; w++)
        {
            var word = english[starts[w]..ends[w]];
            ReadOnlySpan<char> full = word;
            if (!_vocabularyBySpan.Contains(word))
            {
                if (SpeltOut(raw, word) is not { } found)
                {
                    return null;
                }

                full = found;
                abbreviated = true;
            }

            if (length + full.Length + 1 > spelt.Length)
            {
                return null;
            }

            if (length > 0)
            {
                spelt[length++] = ' ';
            }

            full.CopyTo(spelt[length..]);
            length += full.Length;
        }

        if (!abbreviated)
        {
            return null;
        }

        var key = spelt[..length];
        return _englishBySpan.TryGetValue(key, out var field) ? field : Loosely(key)?.Field;
    }

    /// <summary>The one word an abbreviated label word stands for, or null when it is none or could be several.</summary>
    private string? SpeltOut(ReadOnlySpan<char> raw, ReadOnlySpan<char> word)
    {
        if (_abbreviations.TryGetValue(word, out var known))
        {
            return known;
        }

        if (word.Length < 3 || word.ContainsAnyExcept(s_asciiLower) || !_vocabularyByInitial.TryGetValue(word[0], out var candidates))
        {
            return null;
        }

        // "Subscr.": the start of a word, marked as cut short by the full stop.
        var stopped = FollowedByStop(raw, word);
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Length <= word.Length)
            {
                continue;
            }

            var fits = stopped && candidate.AsSpan().StartsWith(word) || word.Length >= 4 && IsSubsequence(word, candidate);
            if (!fits)
            {
                continue;
            }

            // Candidates come shortest first: a longer one that only adds an ending ("person", "persons") is the same word.
            if (found is not null && !candidate.StartsWith(found, StringComparison.Ordinal))
            {
                return null;
            }

            found ??= candidate;
        }

        return found;
    }

    private static bool FollowedByStop(ReadOnlySpan<char> raw, ReadOnlySpan<char> word)
    {
        for (var at = raw.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var end = at + word.Length;
            if (end < raw.Length && raw[end] is '.' or '．' && (at == 0 || !char.IsLetter(raw[at - 1])))
            {
                return true;
            }

            var next = raw[end..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>Whether the letters of <paramref name="word"/> stand in <paramref name="full"/> in order, both starting alike.</summary>
    private static bool IsSubsequence(ReadOnlySpan<char> word, string full)
    {
        var i = 0;
        foreach (var c in full)
        {
            if (i < word.Length && word[i] == c)
            {
                i++;
            }
        }

        return i == word.Length && word[0] == full[0];
    }

    private static readonly System.Buffers.SearchValues<char> s_asciiLower = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static bool HasEveryGroup(IReadOnlyList<IReadOnlyList<string>> groups, ReadOnlySpan<char> key, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (!HasAny(groups[g], key, starts, ends))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAny(IReadOnlyList<string> words, ReadOnlySpan<char> key, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            for (var w = 0; w < starts.Length; w++)
            {
                if (key[starts[w]..ends[w]].SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> s_asciiDigits = System.Buffers.SearchValues.Create("0123456789");

    public FieldDefinition? FieldForName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return ByCompactName(name) ?? NamedChoice(name).Field;
    }

    /// <summary>The field whose key or label a control name spells, letters and digits only ("txtSubscriberID" is not one; "Subscriber_ID" is).</summary>
    public FieldDefinition? ByCompactName(ReadOnlySpan<char> name)
    {
        Span<char> compact = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return _compactBySpan.TryGetValue(compact[..TextRules.Compact(name, compact)], out var field) ? field : null;
    }

    /// <summary>A control named "key:value" or "key.value" (our templates' convention, e.g. participate:true, services.OTP_C).</summary>
    public (FieldDefinition? Field, string? Value) NamedChoice(string? name)
    {
        var split = name?.IndexOfAny([':', '.']) ?? -1;
        if (split <= 0 || split == name!.Length - 1)
        {
            return (null, null);
        }

        return ByCompactName(name.AsSpan(0, split)) is { } field ? (field, name[(split + 1)..]) : (null, null);
    }

    /// <summary>Whether every word is one that labels are made of (no answer could be).</summary>
    public bool IsLabelWords(ReadOnlySpan<char> text)
    {
        if (text.Length > 256)
        {
            return false;
        }

        Span<char> english = stackalloc char[text.Length];
        Span<char> chinese = stackalloc char[text.Length];

        var (range, zh) = TextRules.LabelKey(text, english, chinese);
        var key = english[range];
        if (key.Length == 0)
        {
            return zh > 0 && _chineseBySpan.ContainsKey(chinese[..zh]);
        }

        foreach (var word in key.Split(' '))
        {
            if (!_vocabularyBySpan.Contains(key[word]))
            {
                return false;
            }
        }

        return true;
    }
}

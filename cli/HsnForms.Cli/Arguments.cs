namespace HsnForms.Cli;

/// <summary>A verb's arguments: flags, options with a value, and positional words, in any order.</summary>
public sealed class Arguments
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        using var e = args.GetEnumerator();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg == "--")
            {
                _positional.AddRange(list.Skip(i + 1));
                break;
            }

            if (arg is "--set" or "--unset")
            {
                // Repeatable, and several values may follow one: --set participate=true services=OTP-C;OMD-C.
                var values = _lists.TryGetValue(arg, out var existing) ? existing : _lists[arg] = [];
                _options[arg] = "";
                var taken = 0;
                while (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)
                    && (taken == 0 || (arg == "--set" ? list[i + 1].Contains('=', StringComparison.Ordinal) : IsKey(list[i + 1]))))
                {
                    values.Add(list[++i]);
                    taken++;
                }

                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    _options[arg[..eq]] = arg[(eq + 1)..];
                }
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal) && TakesValue(arg))
                {
                    _options[arg] = list[++i];
                }
                else
                {
                    _options[arg] = null;
                }
            }
            else
            {
                _positional.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    /// <summary>Options that take a value; every other --word is a flag.</summary>
    private static bool TakesValue(string option) => option is "--circular" or "--format" or "--out" or "--mailbox" or "--as-of" or "--storage" or "--subscriber" or "--note"
        or "--by" or "--text" or "--received" or "--file" or "--review" or "--form" or "--port";

    private static bool IsKey(string word) => word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Every value of a repeatable option (--set, --unset), in the order given.</summary>
    public IReadOnlyList<string> Values(string name)
    {
        _read.Add(name);
        return _lists.TryGetValue(name, out var values) ? values : [];
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        if (_options.TryGetValue(name, out var value))
        {
            return value is null ? true : throw new UsageException($"{name} takes no value.");
        }

        return false;
    }

    public string? Option(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return null;
        }

        return value ?? throw new UsageException($"{name} needs a value.");
    }

    public string Required(string name, string what) => Option(name) ?? throw new UsageException($"{name} {what} is required.");

    /// <summary>Refuses options the verb does not know, so a typo is not silently ignored.</summary>
    public void EnsureAllRead(string verb)
    {
        var unknown = _options.Keys.FirstOrDefault(k => !_read.Contains(k));
        if (unknown is not null)
        {
            throw new UsageException($"'{verb}' has no option {unknown}.");
        }
    }
}

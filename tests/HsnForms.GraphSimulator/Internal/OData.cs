using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>Delta's only filter: receivedDateTime ge|gt {value}.</summary>
internal sealed record DateFilter(string Op, DateTimeOffset Value)
{
    public bool Matches(DateTimeOffset received) => Op == "gt" ? received > Value : received >= Value;
}

/// <summary>A parsed <c>$filter</c> over messages: clauses joined by "and".</summary>
internal sealed partial class MessageFilter
{
    private readonly List<Func<MessageState, bool>> _clauses = [];

    /// <summary>Properties in the order the filter names them (for Outlook's InefficientFilter rule).</summary>
    public List<string> Properties { get; } = [];

    public bool Matches(MessageState m) => _clauses.TrueForAll(c => c(m));

    public static MessageFilter Parse(string text)
    {
        var filter = new MessageFilter();
        foreach (var clause in SplitTopLevel(text, "and"))
        {
            filter.AddClause(clause.Trim());
        }

        return filter;
    }

    /// <summary>Delta accepts only receivedDateTime ge|gt (Graph docs, "Use query parameters in a delta query for messages").</summary>
    public static DateFilter ParseDeltaFilter(string text)
    {
        var m = ComparisonRegex().Match(text.Trim());
        if (!m.Success || !m.Groups[1].Value.Equals("receivedDateTime", StringComparison.OrdinalIgnoreCase)
            || m.Groups[2].Value.ToLowerInvariant() is not ("ge" or "gt") || text.Contains(" and ", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphErrorException.BadRequest("The only supported $filter expressions in a delta query for messages are receivedDateTime ge {value} and receivedDateTime gt {value}.");
        }

        return new DateFilter(m.Groups[2].Value.ToLowerInvariant(), ParseDate(m.Groups[3].Value));
    }

    public static IEnumerable<string> SplitTopLevel(string text, string keyword)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        var token = $" {keyword} ";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && string.Compare(text, i, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(text[start..i]);
                start = i + token.Length;
                i = start - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    public static DateTimeOffset ParseDate(string literal)
    {
        var s = literal.Trim().Trim('\'');
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            || DateTimeOffset.TryParse(s.Replace(' ', '+'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out d))
        {
            return d;
        }

        throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"The DateTimeOffset text '{s}' should be in format 'yyyy-mm-ddThh:mm:ss('.'s+)?(zzzzzz)?' and each field value is within valid range.");
    }

    public static string ParseString(string literal)
    {
        var s = literal.Trim();
        if (s.Length < 2 || s[0] != '\'' || s[^1] != '\'')
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"Expected a quoted string literal, got {s}.");
        }

        return s[1..^1].Replace("''", "'", StringComparison.Ordinal);
    }

    private void AddClause(string clause)
    {
        if (clause.StartsWith('(') && clause.EndsWith(')'))
        {
            clause = clause[1..^1].Trim();
        }

        if (SplitTopLevel(clause, "or").Count() > 1 || clause.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphErrorException(501, "notSupported", "Graph simulator: 'or' and 'not' in $filter are not simulated.");
        }

        var any = CategoriesAnyRegex().Match(clause);
        if (any.Success)
        {
            var category = ParseString(any.Groups[3].Value);
            Properties.Add("categories");
            _clauses.Add(m => m.Categories.Contains(category, StringComparer.OrdinalIgnoreCase));
            return;
        }

        var fn = FunctionRegex().Match(clause);
        if (fn.Success)
        {
            var name = fn.Groups[1].Value.ToLowerInvariant();
            var prop = fn.Groups[2].Value;
            var arg = ParseString(fn.Groups[3].Value);
            var get = StringProperty(prop);
            Properties.Add(prop);
            _clauses.Add(name == "startswith"
                ? m => (get(m) ?? "").StartsWith(arg, StringComparison.OrdinalIgnoreCase)
                : m => (get(m) ?? "").Contains(arg, StringComparison.OrdinalIgnoreCase));
            return;
        }

        var cmp = ComparisonRegex().Match(clause);
        if (!cmp.Success)
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.");
        }

        var property = cmp.Groups[1].Value;
        var op = cmp.Groups[2].Value.ToLowerInvariant();
        var value = cmp.Groups[3].Value.Trim();
        Properties.Add(property);
        switch (property.ToLowerInvariant())
        {
            case "receiveddatetime":
                AddDate(m => m.ReceivedAt, op, value);
                break;
            case "sentdatetime":
                AddDate(m => m.SentAt, op, value);
                break;
            case "createddatetime":
                AddDate(m => m.CreatedAt, op, value);
                break;
            case "lastmodifieddatetime":
                AddDate(m => m.LastModifiedAt, op, value);
                break;
            case "isread":
                AddBool(m => m.IsRead, op, value);
                break;
            case "isdraft":
                AddBool(m => m.IsDraft, op, value);
                break;
            case "hasattachments":
                AddBool(m => m.Attachments.Exists(a => !a.IsInline), op, value);
                break;
            default:
                var get = StringProperty(property);
                var expected = value.Equals("null", StringComparison.OrdinalIgnoreCase) ? null : ParseString(value);
                Func<MessageState, bool> eq = m => string.Equals(get(m), expected, StringComparison.OrdinalIgnoreCase);
                _clauses.Add(op switch
                {
                    "eq" => eq,
                    "ne" => m => !eq(m),
                    _ => throw new GraphErrorException(501, "notSupported", $"Graph simulator: '{op}' on {property} is not simulated."),
                });
                break;
        }
    }

    private static Func<MessageState, string?> StringProperty(string property) => property.ToLowerInvariant() switch
    {
        "subject" => m => m.Subject,
        "internetmessageid" => m => m.InternetMessageId,
        "conversationid" => m => m.ConversationId,
        "importance" => m => m.Importance,
        "parentfolderid" => m => m.FolderId,
        "id" => m => m.Id,
        "from/emailaddress/address" => m => m.From?.Address,
        "from/emailaddress/name" => m => m.From?.Name,
        "sender/emailaddress/address" => m => m.Sender?.Address,
        "flag/flagstatus" => m => m.FlagStatus,
        _ => throw new GraphErrorException(400, "ErrorInvalidProperty", $"Could not find a property named '{property}' on type 'microsoft.graph.message'."),
    };

    private void AddDate(Func<MessageState, DateTimeOffset> get, string op, string literal)
    {
        var value = ParseDate(literal);
        _clauses.Add(op switch
        {
            "eq" => m => get(m) == value,
            "ne" => m => get(m) != value,
            "gt" => m => get(m) > value,
            "ge" => m => get(m) >= value,
            "lt" => m => get(m) < value,
            "le" => m => get(m) <= value,
            _ => throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes."),
        });
    }

    private void AddBool(Func<MessageState, bool> get, string op, string literal)
    {
        var value = literal.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"'{literal}' is not a Boolean literal."),
        };
        _clauses.Add(op switch
        {
            "eq" => m => get(m) == value,
            "ne" => m => get(m) != value,
            _ => throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes."),
        });
    }

    [GeneratedRegex(@"^([A-Za-z]+(?:/[A-Za-z]+)*)\s+(eq|ne|gt|ge|lt|le)\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonRegex();

    [GeneratedRegex(@"^categories/any\(\s*(\w+)\s*:\s*(\w+)\s+eq\s+('.*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex CategoriesAnyRegex();

    [GeneratedRegex(@"^(startswith|contains)\(\s*([A-Za-z]+(?:/[A-Za-z]+)*)\s*,\s*('.*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionRegex();
}

/// <summary>A parsed <c>$orderby</c>.</summary>
internal sealed record OrderBy(string Property, bool Descending)
{
    public static List<OrderBy> Parse(string text)
    {
        var list = new List<OrderBy>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var desc = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (parts.Length > 2 || (parts.Length == 2 && !desc && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
            {
                throw GraphErrorException.BadRequest($"Invalid $orderby clause '{item}'.");
            }

            _ = Key(parts[0]);
            list.Add(new OrderBy(parts[0], desc));
        }

        return list;
    }

    public static Func<MessageState, IComparable> Key(string property) => property.ToLowerInvariant() switch
    {
        "receiveddatetime" => m => m.ReceivedAt,
        "sentdatetime" => m => m.SentAt,
        "createddatetime" => m => m.CreatedAt,
        "lastmodifieddatetime" => m => m.LastModifiedAt,
        "subject" => m => m.Subject,
        "importance" => m => m.Importance,
        "isread" => m => m.IsRead,
        _ => throw new GraphErrorException(400, "ErrorInvalidProperty", $"Could not find a property named '{property}' on type 'microsoft.graph.message'."),
    };

    public static IEnumerable<MessageState> Apply(IEnumerable<MessageState> messages, IReadOnlyList<OrderBy> order)
    {
        IOrderedEnumerable<MessageState>? sorted = null;
        foreach (var o in order)
        {
            var key = Key(o.Property);
            sorted = sorted is null
                ? (o.Descending ? messages.OrderByDescending(key) : messages.OrderBy(key))
                : (o.Descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key));
        }

        sorted ??= messages.OrderByDescending(m => m.ReceivedAt);
        var last = order.Count > 0 && order[^1].Descending;
        return last || order.Count == 0 ? sorted.ThenByDescending(m => m.Number) : sorted.ThenBy(m => m.Number);
    }
}

/// <summary>Builds query strings for next links.</summary>
internal static class QueryString
{
    public static string Build(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in pairs)
        {
            sb.Append(sb.Length == 0 ? '?' : '&');
            sb.Append(Uri.EscapeDataString(k).Replace("%24", "$", StringComparison.Ordinal));
            sb.Append('=');
            sb.Append(Uri.EscapeDataString(v));
        }

        return sb.ToString();
    }
}

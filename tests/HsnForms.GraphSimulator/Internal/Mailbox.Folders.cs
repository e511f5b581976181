using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HsnForms.GraphSimulator.Internal;

internal sealed partial class Mailbox
{
    public SimResponse GetUser()
    {
        return SimResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#users/$entity",
            ["businessPhones"] = new JsonArray(),
            ["displayName"] = _options.MailboxDisplayName,
            ["givenName"] = null,
            ["jobTitle"] = null,
            ["mail"] = Address,
            ["mobilePhone"] = null,
            ["officeLocation"] = null,
            ["preferredLanguage"] = null,
            ["surname"] = null,
            ["userPrincipalName"] = Address,
            ["id"] = UserGuid.ToString(),
        });
    }

    public SimResponse ListFolders(SimRequest r, string? parentKey)
    {
        var select = GraphJson.ParseFolderSelect(r.Option("select"));
        var nameFilter = r.Option("filter") is { } f ? ParseFolderFilter(f) : null;
        var top = Math.Min(IntOption(r, "top", 1) ?? _options.DefaultPageSize, _options.MaxPageSize);
        var skip = IntOption(r, "skip", 0) ?? 0;
        var includeHidden = string.Equals(r.Option("includeHiddenFolders"), "true", StringComparison.OrdinalIgnoreCase);
        lock (_gate)
        {
            var parent = parentKey is null ? Root : ResolveFolder(parentKey);
            var all = _folderOrder.Where(x => x.ParentId == parent.Id && (includeHidden || !x.IsHidden) && (nameFilter?.Invoke(x.DisplayName) ?? true)).ToList();
            var json = new JsonObject
            {
                ["@odata.context"] = Context(parentKey is null ? "mailFolders" : $"mailFolders('{parent.Id}')/childFolders"),
                ["value"] = new JsonArray([.. all.Skip(skip).Take(top).Select(x => (JsonNode)FolderJson(x, select))]),
            };
            if (skip + top < all.Count)
            {
                var query = r.Query.Where(kv => !kv.Key.TrimStart('$').Equals("skip", StringComparison.OrdinalIgnoreCase)).ToList();
                query.Add(new("$skip", (skip + top).ToString(CultureInfo.InvariantCulture)));
                json["@odata.nextLink"] = $"{BaseUrl}{r.Path}{QueryString.Build(query)}";
            }

            return SimResponse.Json(200, json);
        }
    }

    public SimResponse GetFolder(SimRequest r, string key)
    {
        var select = GraphJson.ParseFolderSelect(r.Option("select"));
        lock (_gate)
        {
            var folder = ResolveFolder(key);
            var json = new JsonObject { ["@odata.context"] = Context("mailFolders/$entity") };
            foreach (var (k, v) in FolderJson(folder, select))
            {
                json[k] = v?.DeepClone();
            }

            return SimResponse.Json(200, json);
        }
    }

    public SimResponse CreateFolder(SimRequest r, string? parentKey)
    {
        var body = ReadObject(r)!;
        var name = body["displayName"]?.GetValue<string>()?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new GraphErrorException(400, "ErrorInvalidRequest", "The displayName property is required to create a folder.");
        }

        var hidden = body["isHidden"]?.GetValue<bool>() ?? false;
        lock (_gate)
        {
            var parent = parentKey is null ? Root : ResolveFolder(parentKey);
            if (_folderOrder.Exists(x => x.ParentId == parent.Id && x.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new GraphErrorException(409, "ErrorFolderExists", "A folder with the specified name already exists.");
            }

            var folder = NewFolder(name, null, parent.Id, hidden);
            var json = new JsonObject { ["@odata.context"] = Context("mailFolders/$entity") };
            foreach (var (k, v) in FolderJson(folder, null))
            {
                json[k] = v?.DeepClone();
            }

            var response = SimResponse.Json(201, json);
            response.Headers["Location"] = $"{BaseUrl}/users/{MailboxKey}/mailFolders('{folder.Id}')";
            return response;
        }
    }

    private JsonObject FolderJson(FolderState f, IReadOnlyList<string>? select)
    {
        var inFolder = _messages.Values.Where(m => m.FolderId == f.Id).ToList();
        return GraphJson.Folder(f, _folderOrder.Count(x => x.ParentId == f.Id), inFolder.Count, inFolder.Count(m => !m.IsRead), select);
    }

    private static Func<string, bool> ParseFolderFilter(string text)
    {
        var eq = FolderEqRegex().Match(text.Trim());
        if (eq.Success)
        {
            var value = MessageFilter.ParseString(eq.Groups[1].Value);
            return name => name.Equals(value, StringComparison.OrdinalIgnoreCase);
        }

        var starts = FolderStartsWithRegex().Match(text.Trim());
        if (starts.Success)
        {
            var value = MessageFilter.ParseString(starts.Groups[1].Value);
            return name => name.StartsWith(value, StringComparison.OrdinalIgnoreCase);
        }

        throw new GraphErrorException(501, "notSupported", "Graph simulator: only displayName eq '...' and startswith(displayName,'...') are simulated in a mailFolders $filter.");
    }

    [GeneratedRegex(@"^displayName\s+eq\s+('.*')$", RegexOptions.IgnoreCase)]
    private static partial Regex FolderEqRegex();

    [GeneratedRegex(@"^startswith\(\s*displayName\s*,\s*('.*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex FolderStartsWithRegex();
}

using System.Text.Json.Nodes;

namespace HsnForms.GraphSimulator.Internal;

internal sealed partial class Mailbox
{
    // ---------------------------------------------------------------- delta

    public SimResponse Delta(SimRequest r, string folderKey)
    {
        var prefs = ReadPreferences(r);
        lock (_gate)
        {
            var folder = ResolveFolder(folderKey);
            var skip = r.Option("skiptoken");
            var deltaToken = r.Option("deltatoken");
            DeltaQuery query;
            IReadOnlyList<DeltaEntry> entries;
            var offset = 0;
            long watermark;
            if (skip is not null || deltaToken is not null)
            {
                var token = (skip ?? deltaToken)!;
                if (!_tokens.TryGetValue(token, out var state) || state.Serial < _expiredBelow || state.FolderId != folder.Id
                    || (skip is not null && state.Entries is null) || (deltaToken is not null && state.Entries is not null))
                {
                    throw new GraphErrorException(410, "syncStateNotFound", "The sync state generation is not found. The delta token is expired and data must be synchronized again.");
                }

                query = state.Query;
                if (skip is not null)
                {
                    entries = state.Entries!;
                    offset = state.Offset;
                    watermark = state.Watermark;
                }
                else
                {
                    watermark = _seq;
                    entries = Changes(folder, state.Watermark, query);
                }
            }
            else
            {
                query = ParseDeltaQuery(r);
                if (query.ExpandAttachments && _options.DeltaExpand == ExpandSupport.Rejected)
                {
                    throw GraphErrorException.BadRequest("The query option $expand is not supported in a delta query for messages.");
                }

                if (_options.DeltaExpand == ExpandSupport.Ignored)
                {
                    query = query with { ExpandAttachments = false };
                }

                watermark = _seq;
                entries = Order(_messages.Values.Where(m => m.FolderId == folder.Id && (query.Filter?.Matches(m.ReceivedAt) ?? true)), query.Descending)
                    .Select(m => new DeltaEntry(m.Id, DeltaEntryKind.Upsert)).ToList();
            }

            // Another dialect: a round opens with an empty page, and lists each message twice.
            var emptyPage = false;
            if (_options.RepeatDeltaEntries && skip is null)
            {
                entries = [.. entries, .. entries];
                emptyPage = entries.Count > 0;
            }

            var pageSize = Math.Min(prefs.MaxPageSize ?? query.PageSize ?? _options.DefaultPageSize, _options.MaxPageSize);
            var render = new RenderOptions(query.Select, query.ExpandAttachments, prefs.TextBody, true, $"{BaseUrl}/$metadata#users('{MailboxKey}')") { Dialect = _options };
            var value = new JsonArray();
            foreach (var e in entries.Skip(offset).Take(emptyPage ? 0 : pageSize))
            {
                if (e.Kind == DeltaEntryKind.Upsert && _messages.TryGetValue(e.MessageId, out var m))
                {
                    value.Add(GraphJson.Message(m, render));
                }
                else
                {
                    value.Add(new JsonObject
                    {
                        ["@odata.type"] = "#microsoft.graph.message",
                        ["id"] = e.MessageId,
                        ["@removed"] = new JsonObject { ["reason"] = "deleted" },
                    });
                }
            }

            var json = new JsonObject { ["@odata.context"] = $"{BaseUrl}/$metadata#Collection(message)" };
            var link = $"{BaseUrl}/users/{MailboxKey}/mailFolders('{folder.Id}')/messages/delta";
            var next = emptyPage ? 0 : offset + pageSize;
            if (next < entries.Count)
            {
                var token = IssueToken(new DeltaTokenState { Serial = 0, FolderId = folder.Id, Query = query, Entries = entries, Offset = next, Watermark = watermark });
                json["@odata.nextLink"] = $"{link}?$skiptoken={token}";
            }
            else
            {
                var token = IssueToken(new DeltaTokenState { Serial = 0, FolderId = folder.Id, Query = query, Watermark = watermark });
                json["@odata.deltaLink"] = $"{link}?$deltatoken={token}";
            }

            json["value"] = value;
            return WithPreferences(SimResponse.Json(200, json), prefs);
        }
    }

    private string IssueToken(DeltaTokenState state)
    {
        var token = Ids.Token();
        _tokens[token] = new DeltaTokenState
        {
            Serial = ++_tokenSerial,
            FolderId = state.FolderId,
            Query = state.Query,
            Entries = state.Entries,
            Offset = state.Offset,
            Watermark = state.Watermark,
        };
        return token;
    }

    private static DeltaQuery ParseDeltaQuery(SimRequest r)
    {
        var changeType = r.Option("changeType");
        if (changeType is not null)
        {
            changeType = changeType.ToLowerInvariant();
            if (changeType is not ("created" or "updated" or "deleted"))
            {
                throw GraphErrorException.BadRequest($"Invalid changeType '{changeType}': expected created, updated or deleted.");
            }
        }

        foreach (var unsupported in new[] { "skip", "search", "count" })
        {
            if (r.Option(unsupported) is not null)
            {
                throw GraphErrorException.BadRequest($"The query option ${unsupported} is not supported in a delta query for messages.");
            }
        }

        var descending = false;
        if (r.Option("orderby") is { } orderby)
        {
            var order = OrderBy.Parse(orderby);
            if (order.Count != 1 || !order[0].Property.Equals("receivedDateTime", StringComparison.OrdinalIgnoreCase) || !order[0].Descending)
            {
                throw GraphErrorException.BadRequest("The only supported $orderby expression in a delta query for messages is receivedDateTime desc.");
            }

            descending = true;
        }

        var filter = r.Option("filter") is { } f ? MessageFilter.ParseDeltaFilter(f) : null;
        return new DeltaQuery(changeType, GraphJson.ParseMessageSelect(r.Option("select")), ParseExpandAttachments(r), filter, descending, IntOption(r, "top", 1));
    }

    private List<DeltaEntry> Changes(FolderState folder, long since, DeltaQuery q)
    {
        var upserts = new List<MessageState>();
        foreach (var m in _messages.Values.Where(m => m.FolderId == folder.Id))
        {
            var created = m.FolderEnteredSeq > since;
            var updated = !created && m.ChangedSeq > since;
            var wanted = (created && q.ChangeType is null or "created") || (updated && q.ChangeType is null or "updated");
            if (wanted && (q.Filter?.Matches(m.ReceivedAt) ?? true))
            {
                upserts.Add(m);
            }
        }

        var entries = Order(upserts, q.Descending).Select(m => (m.ReceivedAt, Entry: new DeltaEntry(m.Id, DeltaEntryKind.Upsert))).ToList();
        if (q.ChangeType is null or "deleted")
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ev in _removals.Where(e => e.FolderId == folder.Id && e.Seq > since && e.EnteredSeq <= since))
            {
                var back = _messages.TryGetValue(ev.MessageId, out var m) && m.FolderId == folder.Id;
                if (!back && seen.Add(ev.MessageId))
                {
                    entries.Add((ev.ReceivedAt, new DeltaEntry(ev.MessageId, DeltaEntryKind.Removed)));
                }
            }
        }

        var ordered = q.Descending ? entries.OrderByDescending(e => e.ReceivedAt) : entries.OrderBy(e => e.ReceivedAt);
        return [.. ordered.Select(e => e.Entry)];
    }

    private static IEnumerable<MessageState> Order(IEnumerable<MessageState> messages, bool descending) => descending
        ? messages.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Number)
        : messages.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Number);

    // ---------------------------------------------------------------- list and get

    public SimResponse ListMessages(SimRequest r, string? folderKey)
    {
        var prefs = ReadPreferences(r);
        if (r.Option("search") is not null)
        {
            throw new GraphErrorException(501, "notSupported", "Graph simulator: $search is not simulated.");
        }

        var filter = r.Option("filter") is { } f ? MessageFilter.Parse(f) : null;
        var order = r.Option("orderby") is { } o ? OrderBy.Parse(o) : [];
        if (filter is not null && order.Count > 0)
        {
            // Outlook: properties in $orderby must come first in $filter, in the same order.
            for (var i = 0; i < order.Count; i++)
            {
                if (i >= filter.Properties.Count || !filter.Properties[i].Equals(order[i].Property, StringComparison.OrdinalIgnoreCase))
                {
                    throw new GraphErrorException(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
                }
            }
        }

        var render = Render(r, prefs);
        var top = Math.Min(IntOption(r, "top", 1) ?? prefs.MaxPageSize ?? _options.DefaultPageSize, _options.MaxPageSize);
        var skip = IntOption(r, "skip", 0) ?? 0;
        var count = string.Equals(r.Option("count"), "true", StringComparison.OrdinalIgnoreCase);
        lock (_gate)
        {
            var folder = folderKey is null ? null : ResolveFolder(folderKey);
            var all = OrderBy.Apply(_messages.Values.Where(m => (folder is null || m.FolderId == folder.Id) && (filter?.Matches(m) ?? true)), order).ToList();
            var json = new JsonObject
            {
                ["@odata.context"] = Context(folder is null ? "messages" : $"mailFolders('{folder.Id}')/messages")
                    + (render.Select is { } s ? $"({string.Join(',', s)})" : ""),
            };
            if (count)
            {
                json["@odata.count"] = all.Count;
            }

            json["value"] = new JsonArray([.. all.Skip(skip).Take(top).Select(m => (JsonNode)GraphJson.Message(m, render))]);
            if (skip + top < all.Count)
            {
                var query = r.Query.Where(kv => !kv.Key.TrimStart('$').Equals("skip", StringComparison.OrdinalIgnoreCase)).ToList();
                query.Add(new("$skip", (skip + top).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                json["@odata.nextLink"] = $"{BaseUrl}{r.Path}{QueryString.Build(query)}";
            }

            return WithPreferences(SimResponse.Json(200, json), prefs);
        }
    }

    public SimResponse GetMessage(SimRequest r, string id)
    {
        var prefs = ReadPreferences(r);
        var render = Render(r, prefs);
        lock (_gate)
        {
            var m = ResolveMessage(id);
            var json = new JsonObject { ["@odata.context"] = Context("messages/$entity") };
            foreach (var (k, v) in GraphJson.Message(m, render))
            {
                json[k] = v?.DeepClone();
            }

            return WithPreferences(SimResponse.Json(200, json), prefs);
        }
    }

    public SimResponse GetMime(string id)
    {
        lock (_gate)
        {
            var m = ResolveMessage(id);
            return SimResponse.Bytes(m.Mime ?? Mime.Build(m), "text/plain");
        }
    }

    // ---------------------------------------------------------------- updates

    public SimResponse PatchMessage(SimRequest r, string id)
    {
        var body = ReadObject(r)!;
        var prefs = ReadPreferences(r);
        lock (_gate)
        {
            var m = ResolveMessage(id);
            foreach (var (name, value) in body)
            {
                if (name.StartsWith('@'))
                {
                    continue;
                }

                switch (name)
                {
                    case "categories":
                        m.Categories = value is JsonArray arr
                            ? [.. arr.Select(v => v?.GetValue<string>() ?? "")]
                            : throw GraphErrorException.BadRequest("categories must be an array of strings.");
                        break;
                    case "isRead":
                        m.IsRead = value?.GetValue<bool>() ?? throw GraphErrorException.BadRequest("isRead must be a Boolean.");
                        break;
                    case "importance":
                        m.Importance = value?.GetValue<string>().ToLowerInvariant() ?? "normal";
                        break;
                    case "flag":
                        m.FlagStatus = value?["flagStatus"]?.GetValue<string>() ?? m.FlagStatus;
                        break;
                    case "subject" or "body" or "toRecipients" or "ccRecipients" or "bccRecipients" or "replyTo":
                        if (!m.IsDraft)
                        {
                            throw new GraphErrorException(400, "ErrorInvalidPropertyUpdateSentMessage", "Update operation is invalid for property of a sent message.");
                        }

                        ApplyDraftProperty(m, name, value);
                        break;
                    default:
                        if (!GraphJson.MessageProperties.Contains(name))
                        {
                            throw new GraphErrorException(400, "RequestBodyRead", $"The property '{name}' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type.");
                        }

                        break;
                }
            }

            Touch(m);
            var json = new JsonObject { ["@odata.context"] = Context("messages/$entity") };
            foreach (var (k, v) in GraphJson.Message(m, new RenderOptions(null, false, prefs.TextBody, false, "")))
            {
                json[k] = v?.DeepClone();
            }

            return WithPreferences(SimResponse.Json(200, json), prefs);
        }
    }

    public SimResponse DeleteMessage(string id)
    {
        lock (_gate)
        {
            var m = ResolveMessage(id);
            var deleted = WellKnown("deleteditems");
            if (m.FolderId == deleted.Id)
            {
                Remove(m);
            }
            else
            {
                MoveTo(m, deleted);
            }

            return SimResponse.Empty(204);
        }
    }

    public SimResponse MoveOrCopy(SimRequest r, string id, bool copy)
    {
        var body = ReadObject(r)!;
        var destination = Param(body, "destinationId")?.GetValue<string>();
        if (string.IsNullOrEmpty(destination))
        {
            throw new GraphErrorException(400, "ErrorInvalidIdMalformed", "Id is malformed.");
        }

        lock (_gate)
        {
            var m = ResolveMessage(id);
            var folder = ResolveFolder(destination);
            MessageState result;
            if (copy)
            {
                result = NewMessage(folder, m.ReceivedAt, m.SentAt);
                CopyContent(m, result);
                result.ConversationId = m.ConversationId;
                result.IsRead = m.IsRead;
                result.IsDraft = m.IsDraft;
                result.Categories = [.. m.Categories];
            }
            else
            {
                MoveTo(m, folder);
                result = m;
            }

            var json = new JsonObject { ["@odata.context"] = Context("messages/$entity") };
            foreach (var (k, v) in GraphJson.Message(result, new RenderOptions(null, false, false, false, "")))
            {
                json[k] = v?.DeepClone();
            }

            return SimResponse.Json(201, json);
        }
    }

    private void CopyContent(MessageState from, MessageState to)
    {
        to.InternetMessageId = from.InternetMessageId;
        to.Subject = from.Subject;
        to.From = from.From;
        to.Sender = from.Sender;
        to.To = [.. from.To];
        to.Cc = [.. from.Cc];
        to.Bcc = [.. from.Bcc];
        to.ReplyTo = [.. from.ReplyTo];
        to.BodyType = from.BodyType;
        to.Body = from.Body;
        to.Importance = from.Importance;
        to.Mime = from.Mime;
        foreach (var a in from.Attachments)
        {
            AddAttachment(to, a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl, a.LastModified);
        }
    }

    // ---------------------------------------------------------------- attachments

    public SimResponse ListAttachments(SimRequest r, string id)
    {
        var select = GraphJson.ParseSelect(r.Option("select"), ["lastModifiedDateTime", "name", "contentType", "size", "isInline"], "microsoft.graph.attachment");
        lock (_gate)
        {
            var m = ResolveMessage(id);
            var value = new JsonArray();
            foreach (var a in m.Attachments)
            {
                var json = GraphJson.Attachment(a, includeContent: select is null, odataType: true, _options);
                if (select is not null)
                {
                    foreach (var key in json.Select(kv => kv.Key).ToList())
                    {
                        if (key is not ("@odata.type" or "id") && !select.Contains(key))
                        {
                            json.Remove(key);
                        }
                    }
                }

                value.Add(json);
            }

            return SimResponse.Json(200, new JsonObject
            {
                ["@odata.context"] = Context($"messages('{Uri.EscapeDataString(m.Id)}')/attachments"),
                ["value"] = value,
            });
        }
    }

    public SimResponse GetAttachment(SimRequest r, string id, string attachmentId)
    {
        var expand = r.Option("expand");
        var expandItem = false;
        if (!string.IsNullOrWhiteSpace(expand))
        {
            expandItem = expand.Trim().Equals("microsoft.graph.itemattachment/item", StringComparison.OrdinalIgnoreCase);
            if (!expandItem)
            {
                throw GraphErrorException.BadRequest($"Parsing OData Select and Expand failed: Could not find a property named '{expand}' on type 'microsoft.graph.attachment'.");
            }
        }

        lock (_gate)
        {
            var m = ResolveMessage(id);
            var a = ResolveAttachment(m, attachmentId);
            var json = new JsonObject { ["@odata.context"] = Context($"messages('{Uri.EscapeDataString(m.Id)}')/attachments/$entity") };
            foreach (var (k, v) in GraphJson.Attachment(a, includeContent: true, odataType: true))
            {
                json[k] = v?.DeepClone();
            }

            if (expandItem && a.Kind == SimulatedAttachmentKind.Item)
            {
                json["item@odata.context"] = Context($"messages('{Uri.EscapeDataString(m.Id)}')/attachments('{Uri.EscapeDataString(a.Id)}')/microsoft.graph.itemAttachment/item/$entity");
                json["item"] = GraphJson.Item(a);
            }

            return SimResponse.Json(200, json);
        }
    }

    public SimResponse GetAttachmentValue(string id, string attachmentId)
    {
        lock (_gate)
        {
            var m = ResolveMessage(id);
            var a = ResolveAttachment(m, attachmentId);
            return a.Kind switch
            {
                SimulatedAttachmentKind.File => SimResponse.Bytes(a.Content, a.ContentType),
                SimulatedAttachmentKind.Item => SimResponse.Bytes(a.Content, "text/plain"),
                _ => throw new GraphErrorException(405, "ErrorInvalidRequest", "The raw contents of a reference attachment can't be read (Graph answers 405)."),
            };
        }
    }

    public SimResponse AddAttachmentFromJson(SimRequest r, string id)
    {
        var body = ReadObject(r)!;
        lock (_gate)
        {
            var m = ResolveMessage(id);
            var input = ParseAttachment(body);
            var a = AddAttachment(m, input.Kind, input.Name, input.ContentType, input.Content, input.IsInline, input.ContentId, input.SourceUrl, Now);
            Touch(m);
            var json = new JsonObject { ["@odata.context"] = Context($"messages('{Uri.EscapeDataString(m.Id)}')/attachments/$entity") };
            foreach (var (k, v) in GraphJson.Attachment(a, includeContent: true, odataType: true))
            {
                json[k] = v?.DeepClone();
            }

            return SimResponse.Json(201, json);
        }
    }

    public SimResponse DeleteAttachment(string id, string attachmentId)
    {
        lock (_gate)
        {
            var m = ResolveMessage(id);
            var a = ResolveAttachment(m, attachmentId);
            m.Attachments.Remove(a);
            Touch(m);
            return SimResponse.Empty(204);
        }
    }
}

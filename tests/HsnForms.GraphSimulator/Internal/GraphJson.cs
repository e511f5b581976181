using System.Globalization;
using System.Text.Json.Nodes;
using MimeKit;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>How to render messages for one request.</summary>
internal sealed record RenderOptions(IReadOnlyList<string>? Select, bool ExpandAttachments, bool TextBody, bool WithODataType, string AttachmentsContextBase)
{
    /// <summary>The wire dialect (<see cref="GraphSimulatorOptions"/>); null renders the default.</summary>
    public GraphSimulatorOptions? Dialect { get; init; }
}

/// <summary>Graph v1.0 JSON for messages, attachments and folders.</summary>
internal static class GraphJson
{
    public static readonly string[] MessageProperties =
    [
        "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId", "conversationId",
        "conversationIndex", "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead", "isDraft", "webLink",
        "inferenceClassification", "body", "sender", "from", "toRecipients", "ccRecipients", "bccRecipients", "replyTo",
        "flag", "uniqueBody", "internetMessageHeaders",
    ];

    /// <summary>Properties Graph returns only when $select names them.</summary>
    private static readonly HashSet<string> SelectOnly = new(["uniqueBody", "internetMessageHeaders"], StringComparer.Ordinal);

    private static readonly string[] FolderProperties =
        ["displayName", "parentFolderId", "childFolderCount", "unreadItemCount", "totalItemCount", "sizeInBytes", "isHidden"];

    public static string Iso(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset d, GraphSimulatorOptions? dialect) => dialect?.FractionalTimestamps == true
        ? d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture)
        : Iso(d);

    public static string ChangeKey(MessageState m) =>
        "CQAAABYAAAA" + Base64Url.Encode(BitConverter.GetBytes(m.Number * 7919 + m.Version)).Replace('-', 'A').Replace('_', 'B');

    /// <summary>Maps $select names (case-insensitive) to canonical names; throws Graph's error for unknown ones.</summary>
    public static List<string>? ParseSelect(string? select, string[] known, string type)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return null;
        }

        var list = new List<string>();
        foreach (var raw in select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = known.FirstOrDefault(k => k.Equals(raw, StringComparison.OrdinalIgnoreCase))
                ?? throw new GraphErrorException(400, "RequestBroker--ParseUri", $"Could not find a property named '{raw}' on type '{type}'.");
            list.Add(name);
        }

        return list;
    }

    public static List<string>? ParseMessageSelect(string? select) => ParseSelect(select, MessageProperties, "microsoft.graph.message");

    public static List<string>? ParseFolderSelect(string? select) => ParseSelect(select, FolderProperties, "microsoft.graph.mailFolder");

    public static JsonObject Address(SimulatedAddress a) => new()
    {
        ["emailAddress"] = new JsonObject { ["name"] = a.Name, ["address"] = a.Address },
    };

    public static JsonArray Addresses(IEnumerable<SimulatedAddress> list) => [.. list.Select(a => (JsonNode)Address(a))];

    public static JsonObject Message(MessageState m, RenderOptions o)
    {
        var json = new JsonObject();
        if (o.WithODataType)
        {
            json["@odata.type"] = "#microsoft.graph.message";
        }

        json["@odata.etag"] = $"W/\"{ChangeKey(m)}\"";
        var select = o.Select;
        if (select is null)
        {
            json["id"] = m.Id;
        }

        foreach (var p in MessageProperties)
        {
            var wanted = select is null ? !SelectOnly.Contains(p) : select.Contains(p);
            if (wanted)
            {
                json[p] = MessageProperty(m, p, o);
            }
        }

        if (select is not null)
        {
            json["id"] = m.Id;
        }

        if (o.ExpandAttachments)
        {
            json["attachments@odata.context"] = $"{o.AttachmentsContextBase}/messages('{Uri.EscapeDataString(m.Id)}')/attachments";
            json["attachments"] = new JsonArray([.. m.Attachments.Select(a => (JsonNode)Attachment(a, includeContent: true, odataType: true, o.Dialect))]);
        }

        return json;
    }

    private static JsonNode? MessageProperty(MessageState m, string p, RenderOptions o) => p switch
    {
        "createdDateTime" => Iso(m.CreatedAt, o.Dialect),
        "lastModifiedDateTime" => Iso(m.LastModifiedAt, o.Dialect),
        "changeKey" => ChangeKey(m),
        "categories" => new JsonArray([.. m.Categories.Select(c => (JsonNode?)JsonValue.Create(c))]),
        "receivedDateTime" => Iso(m.ReceivedAt, o.Dialect),
        "sentDateTime" => Iso(m.SentAt, o.Dialect),
        "hasAttachments" => m.Attachments.Exists(a => !a.IsInline),
        "internetMessageId" => m.InternetMessageId,
        "subject" => m.Subject,
        "bodyPreview" => Mime.Preview(m.BodyType, m.Body),
        "importance" => m.Importance,
        "parentFolderId" => m.FolderId,
        "conversationId" => m.ConversationId,
        "conversationIndex" => Convert.ToBase64String(BitConverter.GetBytes(m.Number)),
        "isDeliveryReceiptRequested" => false,
        "isReadReceiptRequested" => false,
        "isRead" => m.IsRead,
        "isDraft" => m.IsDraft,
        "webLink" => $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
        "inferenceClassification" => "focused",
        "body" or "uniqueBody" => new JsonObject
        {
            ["contentType"] = o.TextBody ? "text" : "html",
            ["content"] = o.TextBody ? Mime.AsText(m.BodyType, m.Body) : Mime.AsHtml(m.BodyType, m.Body),
        },
        "sender" => (m.Sender ?? m.From) is { } s ? Address(s) : null,
        "from" => m.From is { } f ? Address(f) : null,
        "toRecipients" => Addresses(m.To),
        "ccRecipients" => Addresses(m.Cc),
        "bccRecipients" => Addresses(m.Bcc),
        "replyTo" => Addresses(m.ReplyTo),
        "flag" => new JsonObject { ["flagStatus"] = m.FlagStatus },
        "internetMessageHeaders" => InternetHeaders(m),
        _ => null,
    };

    private static JsonArray InternetHeaders(MessageState m)
    {
        var array = new JsonArray();
        if (m.Mime is null)
        {
            return array;
        }

        using var stream = new MemoryStream(m.Mime, writable: false);
        var headers = HeaderList.Load(stream);
        foreach (var h in headers)
        {
            array.Add(new JsonObject { ["name"] = h.Field, ["value"] = h.Value });
        }

        return array;
    }

    public static JsonObject Attachment(AttachmentState a, bool includeContent, bool odataType, GraphSimulatorOptions? dialect = null)
    {
        var json = new JsonObject();
        if (odataType)
        {
            json["@odata.type"] = a.Kind switch
            {
                SimulatedAttachmentKind.File => "#microsoft.graph.fileAttachment",
                SimulatedAttachmentKind.Item => "#microsoft.graph.itemAttachment",
                _ => "#microsoft.graph.referenceAttachment",
            };
        }

        if (a.Kind == SimulatedAttachmentKind.File)
        {
            json["@odata.mediaContentType"] = a.ContentType;
        }

        json["id"] = a.Id;
        json["lastModifiedDateTime"] = Iso(a.LastModified, dialect);
        json["name"] = a.Name;
        json["contentType"] = a.ContentType;
        if (dialect?.OmitAttachmentSize != true)
        {
            json["size"] = a.Size;
        }

        json["isInline"] = a.IsInline;
        switch (a.Kind)
        {
            case SimulatedAttachmentKind.File:
                json["contentId"] = a.ContentId;
                json["contentLocation"] = null;
                if (includeContent && (dialect?.ContentBytesLimit is not { } limit || a.Content.Length <= limit))
                {
                    json["contentBytes"] = Convert.ToBase64String(a.Content);
                }

                break;
            case SimulatedAttachmentKind.Reference:
                // v1.0 referenceAttachment has no properties of its own; sourceUrl is beta's and lands in AdditionalData.
                json["sourceUrl"] = a.SourceUrl;
                break;
            default:
                break;
        }

        return json;
    }

    /// <summary>The attached message of an item attachment, for $expand=microsoft.graph.itemattachment/item.</summary>
    public static JsonObject Item(AttachmentState a)
    {
        var parsed = Mime.Parse(a.Content);
        var item = new MessageState
        {
            Id = "",
            Number = 0,
            InternetMessageId = parsed.InternetMessageId,
            Subject = parsed.Subject,
            From = parsed.From,
            Sender = parsed.Sender,
            To = parsed.To,
            Cc = parsed.Cc,
            ReceivedAt = parsed.Date ?? a.LastModified,
            SentAt = parsed.Date ?? a.LastModified,
            CreatedAt = a.LastModified,
            LastModifiedAt = a.LastModified,
            FolderId = "",
            ConversationId = "",
            BodyType = parsed.BodyType,
            Body = parsed.Body,
            Importance = parsed.Importance,
            IsRead = true,
        };
        var json = Message(item, new RenderOptions(
            ["createdDateTime", "lastModifiedDateTime", "receivedDateTime", "sentDateTime", "hasAttachments", "internetMessageId", "subject", "importance", "isRead", "isDraft", "body", "sender", "from", "toRecipients", "ccRecipients"],
            false, false, true, ""));
        json.Remove("@odata.etag");
        json["hasAttachments"] = parsed.Attachments.Exists(x => !x.IsInline);
        return json;
    }

    public static JsonObject Folder(FolderState f, int childCount, int total, int unread, IReadOnlyList<string>? select)
    {
        var json = new JsonObject { ["id"] = f.Id };
        void Put(string name, JsonNode? value)
        {
            if (select is null || select.Contains(name))
            {
                json[name] = value;
            }
        }

        Put("displayName", f.DisplayName);
        Put("parentFolderId", f.ParentId);
        Put("childFolderCount", childCount);
        Put("unreadItemCount", unread);
        Put("totalItemCount", total);
        Put("sizeInBytes", 0);
        Put("isHidden", f.IsHidden);
        return json;
    }
}

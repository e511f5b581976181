using System.Text.Json.Nodes;

namespace HsnForms.GraphSimulator.Internal;

internal sealed partial class Mailbox
{
    private SimulatedAddress Self => new(_options.MailboxDisplayName, Address);

    public SimResponse SendMail(SimRequest r)
    {
        MessageInput input;
        bool save;
        if (IsMime(r))
        {
            // Graph's MIME form: the whole message, base64, as text/plain; it is kept in Sent Items.
            input = ParseMimeInput(r);
            save = true;
        }
        else
        {
            var body = ReadObject(r)!;
            if (Param(body, "message") is not JsonObject message)
            {
                throw new GraphErrorException(400, "ErrorInvalidParameter", "The message parameter is required.");
            }

            input = ParseMessageInput(message);
            save = Param(body, "saveToSentItems")?.GetValue<bool>() ?? true;
        }

        var to = input.To ?? [];
        var cc = input.Cc ?? [];
        var bcc = input.Bcc ?? [];
        RequireRecipients(to, cc, bcc);
        lock (_gate)
        {
            Record(SentMailKind.SendMail, null, to, cc, bcc, input.Subject ?? "", input.BodyType ?? "text", input.Body ?? "", null, input.Attachments, save, null, input.Headers);
        }

        return SimResponse.Empty(202);
    }

    /// <summary>reply, replyAll and forward: answer at once, keep a copy in Sent Items.</summary>
    public SimResponse Respond(SimRequest r, string id, SentMailKind kind)
    {
        var mime = IsMime(r);
        var body = mime ? [] : ReadObject(r, optional: true) ?? [];
        var comment = Param(body, "comment")?.GetValue<string>();
        var input = mime ? ParseMimeInput(r) : ParseMessageInput(Param(body, "message") as JsonObject);
        if (comment is not null && input.Body is not null)
        {
            throw new GraphErrorException(400, "ErrorInvalidRequest", "Specify either comment or the body property of the message parameter, not both.");
        }

        var topTo = ParseRecipients(Param(body, "toRecipients"));
        lock (_gate)
        {
            var original = ResolveMessage(id);
            var (to, cc) = ReplyRecipients(original, kind, input, topTo);
            RequireRecipients(to, cc, input.Bcc ?? []);
            var prefix = kind == SentMailKind.Forward ? "FW: " : "RE: ";
            var attachments = new List<ParsedAttachment>(input.Attachments);
            if (kind == SentMailKind.Forward)
            {
                attachments.InsertRange(0, original.Attachments.Select(a => new ParsedAttachment(a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl)));
            }

            var sentBody = comment ?? input.Body ?? "";
            var sentType = comment is not null ? "html" : input.BodyType ?? "html";
            Record(kind, original.Id, to, cc, input.Bcc ?? [], input.Subject ?? prefix + original.Subject, sentType, sentBody, comment, attachments, true, original.ConversationId, input.Headers);
        }

        return SimResponse.Empty(202);
    }

    /// <summary>createReply, createReplyAll and createForward: a draft in Drafts.</summary>
    public SimResponse CreateResponseDraft(SimRequest r, string id, SentMailKind kind)
    {
        var body = ReadObject(r, optional: true) ?? [];
        var comment = Param(body, "comment")?.GetValue<string>();
        var input = ParseMessageInput(Param(body, "message") as JsonObject);
        var topTo = ParseRecipients(Param(body, "toRecipients"));
        lock (_gate)
        {
            var original = ResolveMessage(id);
            var (to, cc) = ReplyRecipients(original, kind, input, topTo);
            var now = Now;
            var draft = NewMessage(WellKnown("drafts"), now, now);
            draft.IsDraft = true;
            draft.IsRead = true;
            draft.From = Self;
            draft.Sender = Self;
            draft.To = to;
            draft.Cc = cc;
            draft.Bcc = input.Bcc ?? [];
            draft.Subject = input.Subject ?? (kind == SentMailKind.Forward ? "FW: " : "RE: ") + original.Subject;
            draft.BodyType = "html";
            var written = comment is not null ? HtmlEncode(comment) : input.Body is null ? "" : input.BodyType == "html" ? input.Body : HtmlEncode(input.Body);
            draft.Body = $"<html><body><div>{written}</div><hr><div><b>From:</b> {HtmlEncode(original.From?.ToString() ?? "")}<br><b>Sent:</b> {GraphJson.Iso(original.SentAt)}<br><b>Subject:</b> {HtmlEncode(original.Subject)}</div>{Mime.AsHtml(original.BodyType, original.Body)}</body></html>";
            draft.ConversationId = original.ConversationId;
            draft.DraftOf = original.Id;
            if (kind == SentMailKind.Forward)
            {
                foreach (var a in original.Attachments)
                {
                    AddAttachment(draft, a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl, now);
                }
            }

            foreach (var a in input.Attachments)
            {
                AddAttachment(draft, a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl, now);
            }

            return Created(draft);
        }
    }

    /// <summary>POST /messages (or /mailFolders/{id}/messages): a new draft.</summary>
    public SimResponse CreateMessage(SimRequest r, string? folderKey)
    {
        var input = ParseMessageInput(ReadObject(r));
        lock (_gate)
        {
            var folder = folderKey is null ? WellKnown("drafts") : ResolveFolder(folderKey);
            var now = Now;
            var draft = NewMessage(folder, now, now);
            draft.IsDraft = true;
            draft.IsRead = true;
            draft.From = Self;
            draft.Sender = Self;
            draft.To = input.To ?? [];
            draft.Cc = input.Cc ?? [];
            draft.Bcc = input.Bcc ?? [];
            draft.ReplyTo = input.ReplyTo ?? [];
            draft.Subject = input.Subject ?? "";
            draft.BodyType = input.BodyType ?? "text";
            draft.Body = input.Body ?? "";
            draft.Importance = input.Importance ?? "normal";
            draft.Categories = input.Categories ?? [];
            draft.ConversationId = ConversationId(draft.InternetMessageId);
            foreach (var a in input.Attachments)
            {
                AddAttachment(draft, a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl, now);
            }

            return Created(draft);
        }
    }

    public SimResponse SendDraft(string id)
    {
        lock (_gate)
        {
            var m = ResolveMessage(id);
            if (!m.IsDraft)
            {
                throw new GraphErrorException(400, "ErrorInvalidOperation", "Only a draft can be sent.");
            }

            RequireRecipients(m.To, m.Cc, m.Bcc);
            var attachments = m.Attachments.Select(a => new ParsedAttachment(a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl)).ToList();
            _sent.Add(NewSentMail(SentMailKind.SendDraft, m.DraftOf, m.To, m.Cc, m.Bcc, m.Subject, m.BodyType, m.Body, null, attachments, true, m.Id));
            m.IsDraft = false;
            m.SentAt = Now;
            m.ReceivedAt = m.SentAt;
            MoveTo(m, WellKnown("sentitems"));
        }

        return SimResponse.Empty(202);
    }

    private SimResponse Created(MessageState m)
    {
        var json = new JsonObject { ["@odata.context"] = Context("messages/$entity") };
        foreach (var (k, v) in GraphJson.Message(m, new RenderOptions(null, false, false, false, "")))
        {
            json[k] = v?.DeepClone();
        }

        var response = SimResponse.Json(201, json);
        response.Headers["Location"] = $"{BaseUrl}/users/{MailboxKey}/messages('{m.Id}')";
        return response;
    }

    private (List<SimulatedAddress> To, List<SimulatedAddress> Cc) ReplyRecipients(MessageState original, SentMailKind kind, MessageInput input, List<SimulatedAddress>? topTo)
    {
        var senders = original.ReplyTo.Count > 0 ? original.ReplyTo : original.From is { } f ? [f] : [];
        var cc = new List<SimulatedAddress>();
        List<SimulatedAddress> to;
        switch (kind)
        {
            case SentMailKind.Forward:
                to = [.. topTo ?? [], .. input.To ?? []];
                break;
            case SentMailKind.ReplyAll:
                to = [.. senders, .. original.To.Where(a => !IsSelf(a))];
                cc = [.. original.Cc.Where(a => !IsSelf(a))];
                to.AddRange(input.To ?? []);
                break;
            default:
                to = input.To is { Count: > 0 } given ? [.. given] : [.. senders];
                break;
        }

        cc.AddRange(input.Cc ?? []);
        return (Distinct(to), Distinct(cc));
    }

    private bool IsSelf(SimulatedAddress a) => a.Address.Equals(Address, StringComparison.OrdinalIgnoreCase);

    private static List<SimulatedAddress> Distinct(IEnumerable<SimulatedAddress> list) =>
        [.. list.DistinctBy(a => a.Address.ToUpperInvariant())];

    private static void RequireRecipients(List<SimulatedAddress> to, List<SimulatedAddress> cc, List<SimulatedAddress> bcc)
    {
        if (to.Count + cc.Count + bcc.Count == 0)
        {
            throw new GraphErrorException(400, "ErrorInvalidRecipients", "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
        }
    }

    private void Record(SentMailKind kind, string? inReplyTo, List<SimulatedAddress> to, List<SimulatedAddress> cc, List<SimulatedAddress> bcc, string subject, string bodyType, string body, string? comment, List<ParsedAttachment> attachments, bool save, string? conversationId, List<KeyValuePair<string, string>>? headers = null)
    {
        string? sentItemId = null;
        if (save)
        {
            var now = Now;
            var copy = NewMessage(WellKnown("sentitems"), now, now);
            copy.IsRead = true;
            copy.From = Self;
            copy.Sender = Self;
            copy.To = to;
            copy.Cc = cc;
            copy.Bcc = bcc;
            copy.Subject = subject;
            copy.BodyType = bodyType;
            copy.Body = body;
            copy.ConversationId = conversationId ?? ConversationId(copy.InternetMessageId);
            foreach (var a in attachments)
            {
                AddAttachment(copy, a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl, now);
            }

            sentItemId = copy.Id;
        }

        _sent.Add(NewSentMail(kind, inReplyTo, to, cc, bcc, subject, bodyType, body, comment, attachments, save, sentItemId, headers));
    }

    private SentMail NewSentMail(SentMailKind kind, string? inReplyTo, List<SimulatedAddress> to, List<SimulatedAddress> cc, List<SimulatedAddress> bcc, string subject, string bodyType, string body, string? comment, List<ParsedAttachment> attachments, bool saved, string? sentItemId, List<KeyValuePair<string, string>>? headers = null) => new()
    {
        Headers = [.. headers ?? []],
        Kind = kind,
        InReplyTo = inReplyTo,
        To = [.. to],
        Cc = [.. cc],
        Bcc = [.. bcc],
        Subject = subject,
        Body = body,
        BodyContentType = bodyType,
        HtmlBody = bodyType == "html" ? body : HtmlEncode(body).Replace("\n", "<br>", StringComparison.Ordinal),
        Comment = comment,
        Attachments = [.. attachments.Where(a => a.Kind != SimulatedAttachmentKind.Reference).Select(a => new SentAttachment(a.Name, a.ContentType, a.Content))],
        SavedToSentItems = saved,
        SentItemId = sentItemId,
        SentAt = _options.TimeProvider.GetUtcNow(),
    };

    private void ApplyDraftProperty(MessageState m, string name, JsonNode? value)
    {
        switch (name)
        {
            case "subject":
                m.Subject = value?.GetValue<string>() ?? "";
                break;
            case "body":
                m.BodyType = NormalizeBodyType(value?["contentType"]?.GetValue<string>());
                m.Body = value?["content"]?.GetValue<string>() ?? "";
                break;
            case "toRecipients":
                m.To = ParseRecipients(value) ?? [];
                break;
            case "ccRecipients":
                m.Cc = ParseRecipients(value) ?? [];
                break;
            case "bccRecipients":
                m.Bcc = ParseRecipients(value) ?? [];
                break;
            default:
                m.ReplyTo = ParseRecipients(value) ?? [];
                break;
        }
    }

    private static string NormalizeBodyType(string? type) =>
        string.Equals(type, "html", StringComparison.OrdinalIgnoreCase) ? "html" : "text";

    private sealed record MessageInput(
        string? Subject,
        string? BodyType,
        string? Body,
        List<SimulatedAddress>? To,
        List<SimulatedAddress>? Cc,
        List<SimulatedAddress>? Bcc,
        List<SimulatedAddress>? ReplyTo,
        List<ParsedAttachment> Attachments,
        string? Importance,
        List<string>? Categories)
    {
        /// <summary>Internet message headers given: a JSON message's internetMessageHeaders, or every header of a MIME message.</summary>
        public List<KeyValuePair<string, string>> Headers { get; init; } = [];
    }

    private static MessageInput ParseMessageInput(JsonObject? o)
    {
        if (o is null)
        {
            return new MessageInput(null, null, null, null, null, null, null, [], null, null);
        }

        var body = o["body"] as JsonObject;
        var attachments = new List<ParsedAttachment>();
        if (o["attachments"] is JsonArray list)
        {
            foreach (var item in list)
            {
                attachments.Add(ParseAttachment(item as JsonObject ?? throw GraphErrorException.BadRequest("An attachment must be an object.")));
            }
        }

        var headers = new List<KeyValuePair<string, string>>();
        if (o["internetMessageHeaders"] is JsonArray given)
        {
            foreach (var item in given)
            {
                var name = item?["name"]?.GetValue<string>() ?? "";
                // Graph takes custom headers only: "x-" names, at most 5 (Auto-Submitted cannot be set this way).
                if (!name.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
                {
                    throw new GraphErrorException(400, "InvalidInternetMessageHeader", $"The internet message header name '{name}' should start with 'x-' or 'X-'.");
                }

                headers.Add(new(name, item?["value"]?.GetValue<string>() ?? ""));
            }

            if (headers.Count > 5)
            {
                throw new GraphErrorException(400, "InvalidInternetMessageHeaderCollection", "Maximum number of headers in one message should be less than or equal to 5.");
            }
        }

        return new MessageInput(
            o["subject"]?.GetValue<string>(),
            body is null ? null : NormalizeBodyType(body["contentType"]?.GetValue<string>()),
            body?["content"]?.GetValue<string>(),
            ParseRecipients(o["toRecipients"]),
            ParseRecipients(o["ccRecipients"]),
            ParseRecipients(o["bccRecipients"]),
            ParseRecipients(o["replyTo"]),
            attachments,
            o["importance"]?.GetValue<string>()?.ToLowerInvariant(),
            o["categories"] is JsonArray cats ? [.. cats.Select(c => c?.GetValue<string>() ?? "")] : null)
        {
            Headers = headers,
        };
    }

    private bool IsMime(SimRequest r) =>
        r.Header("Content-Type") is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
            && (_options.MimeMessages ? true : throw GraphErrorException.BadRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."));

    /// <summary>A message given in MIME form: its MIME, base64-encoded, as the request's text/plain body.</summary>
    private static MessageInput ParseMimeInput(SimRequest r)
    {
        var text = System.Text.Encoding.ASCII.GetString(r.Body).Trim();
        byte[] raw;
        try
        {
            raw = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new GraphErrorException(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.");
        }

        MimeKit.MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw);
            message = MimeKit.MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            throw new GraphErrorException(400, "ErrorMimeContentInvalid", "The MIME content is invalid.");
        }

        static List<SimulatedAddress>? Addresses(MimeKit.InternetAddressList list) =>
            list.Count == 0 ? null : [.. list.Mailboxes.Select(m => new SimulatedAddress(string.IsNullOrEmpty(m.Name) ? m.Address : m.Name, m.Address))];

        var attachments = new List<ParsedAttachment>();
        foreach (var part in message.Attachments.OfType<MimeKit.MimePart>())
        {
            using var content = new MemoryStream();
            part.Content?.DecodeTo(content);
            var name = part.FileName ?? "Untitled";
            attachments.Add(new ParsedAttachment(SimulatedAttachmentKind.File, name, part.ContentType.MimeType, content.ToArray(), false, part.ContentId, null));
        }

        var html = message.HtmlBody;
        return new MessageInput(message.Subject, html is null ? "text" : "html", html ?? message.TextBody ?? "",
            Addresses(message.To), Addresses(message.Cc), Addresses(message.Bcc), Addresses(message.ReplyTo), attachments, null, null)
        {
            Headers = [.. message.Headers.Select(h => new KeyValuePair<string, string>(h.Field, h.Value))],
        };
    }

    private static List<SimulatedAddress>? ParseRecipients(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            throw new GraphErrorException(400, "ErrorInvalidRecipients", "Recipients must be an array.");
        }

        var list = new List<SimulatedAddress>();
        foreach (var item in array)
        {
            var address = item?["emailAddress"]?["address"]?.GetValue<string>()?.Trim();
            if (string.IsNullOrEmpty(address) || address.IndexOf('@', StringComparison.Ordinal) <= 0 || address.EndsWith('@'))
            {
                throw new GraphErrorException(400, "ErrorInvalidRecipients", $"At least one recipient isn't valid., Recipient '{address}' isn't resolved. All recipients must be resolved before a message can be submitted.");
            }

            var name = item?["emailAddress"]?["name"]?.GetValue<string>();
            list.Add(new SimulatedAddress(string.IsNullOrEmpty(name) ? address : name, address));
        }

        return list;
    }

    private static ParsedAttachment ParseAttachment(JsonObject o)
    {
        var type = o["@odata.type"]?.GetValue<string>()?.TrimStart('#');
        var name = o["name"]?.GetValue<string>() ?? "Untitled";
        var contentType = o["contentType"]?.GetValue<string>();
        if (string.Equals(type, "microsoft.graph.fileAttachment", StringComparison.OrdinalIgnoreCase))
        {
            var base64 = o["contentBytes"]?.GetValue<string>() ?? throw GraphErrorException.BadRequest("contentBytes is required for a fileAttachment.");
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw GraphErrorException.BadRequest("contentBytes is not valid base64.");
            }

            return new ParsedAttachment(SimulatedAttachmentKind.File, name, contentType ?? MimeKit.MimeTypes.GetMimeType(name), bytes,
                o["isInline"]?.GetValue<bool>() ?? false, o["contentId"]?.GetValue<string>(), null);
        }

        if (string.Equals(type, "microsoft.graph.referenceAttachment", StringComparison.OrdinalIgnoreCase))
        {
            return new ParsedAttachment(SimulatedAttachmentKind.Reference, name, contentType ?? MimeKit.MimeTypes.GetMimeType(name), [], false, null, o["sourceUrl"]?.GetValue<string>());
        }

        if (string.Equals(type, "microsoft.graph.itemAttachment", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphErrorException(501, "notSupported", "Graph simulator: creating item attachments is not simulated.");
        }

        throw GraphErrorException.BadRequest("Cannot create an abstract class.");
    }
}

namespace HsnForms.GraphSimulator;

/// <summary>An e-mail address with its display name, as Graph's <c>emailAddress</c> {name, address}.</summary>
public sealed record SimulatedAddress(string Name, string Address)
{
    /// <inheritdoc />
    public override string ToString() => Name.Length == 0 || Name == Address ? Address : $"{Name} <{Address}>";
}

/// <summary>The kinds of Graph attachment.</summary>
public enum SimulatedAttachmentKind
{
    /// <summary><c>#microsoft.graph.fileAttachment</c>: a file, with <c>contentBytes</c>.</summary>
    File,

    /// <summary><c>#microsoft.graph.itemAttachment</c>: an attached message (a <c>message/rfc822</c> part); its <c>$value</c> is MIME.</summary>
    Item,

    /// <summary><c>#microsoft.graph.referenceAttachment</c>: a link to a file in the cloud, without content.</summary>
    Reference,
}

/// <summary>One attachment of a simulated message, as it is now.</summary>
public sealed class SimulatedAttachment
{
    /// <summary>Opaque Graph attachment id.</summary>
    public required string Id { get; init; }

    /// <summary>Which Graph attachment type this is.</summary>
    public required SimulatedAttachmentKind Kind { get; init; }

    /// <summary>File name (item attachments: the attached message's subject).</summary>
    public required string Name { get; init; }

    /// <summary>MIME type, e.g. application/vnd.openxmlformats-officedocument.wordprocessingml.document.</summary>
    public required string ContentType { get; init; }

    /// <summary>The file's bytes; for an item attachment the attached message's MIME; empty for a reference attachment.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Graph's <c>size</c>.</summary>
    public required long Size { get; init; }

    /// <summary>Graph's <c>isInline</c> (an inline image of an HTML body).</summary>
    public bool IsInline { get; init; }

    /// <summary>Graph's <c>contentId</c>, for inline parts.</summary>
    public string? ContentId { get; init; }

    /// <summary>Where a reference attachment points.</summary>
    public string? SourceUrl { get; init; }
}

/// <summary>A message in the simulated mailbox, as it is at the moment it was read.</summary>
public sealed class SimulatedMessage
{
    /// <summary>Opaque immutable id: stable across moves, like Graph's ImmutableId.</summary>
    public required string Id { get; init; }

    /// <summary>The Message-ID header, with its angle brackets, as Graph's <c>internetMessageId</c>.</summary>
    public required string InternetMessageId { get; init; }

    /// <summary>Subject (empty when there is none).</summary>
    public required string Subject { get; init; }

    /// <summary>The From address, or null.</summary>
    public SimulatedAddress? From { get; init; }

    /// <summary>To recipients.</summary>
    public required IReadOnlyList<SimulatedAddress> To { get; init; }

    /// <summary>Cc recipients.</summary>
    public required IReadOnlyList<SimulatedAddress> Cc { get; init; }

    /// <summary>Graph's <c>receivedDateTime</c> (whole seconds, UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Graph's <c>sentDateTime</c>.</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Id of the folder the message is in now (<see cref="GraphSimulator.GetFolderId"/> maps well-known names).</summary>
    public required string FolderId { get; init; }

    /// <summary>Outlook categories.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Graph's <c>isRead</c>.</summary>
    public required bool IsRead { get; init; }

    /// <summary>Graph's <c>isDraft</c> (drafts come from createReply and POST messages).</summary>
    public bool IsDraft { get; init; }

    /// <summary>Graph's <c>flag.flagStatus</c>: notFlagged, flagged or complete.</summary>
    public string FlagStatus { get; init; } = "notFlagged";

    /// <summary>Attachments, in MIME order.</summary>
    public required IReadOnlyList<SimulatedAttachment> Attachments { get; init; }
}

/// <summary>A mail folder of the simulated mailbox.</summary>
public sealed class SimulatedFolder
{
    /// <summary>Opaque folder id.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. Inbox or Processed.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Well-known name (inbox, archive, ...) or null for a folder a client created.</summary>
    public string? WellKnownName { get; init; }

    /// <summary>Parent folder id (null for the root, msgfolderroot).</summary>
    public string? ParentFolderId { get; init; }
}

/// <summary>How a captured mail was sent.</summary>
public enum SentMailKind
{
    /// <summary>POST /users/{mb}/sendMail.</summary>
    SendMail,

    /// <summary>POST /messages/{id}/reply.</summary>
    Reply,

    /// <summary>POST /messages/{id}/replyAll.</summary>
    ReplyAll,

    /// <summary>POST /messages/{id}/forward.</summary>
    Forward,

    /// <summary>POST /messages/{draftId}/send of a draft (createReply, createReplyAll or a new draft).</summary>
    SendDraft,
}

/// <summary>An attachment of a captured mail.</summary>
public sealed record SentAttachment(string Name, string ContentType, byte[] Bytes);

/// <summary>A mail the client sent through the simulator.</summary>
public sealed class SentMail
{
    /// <summary>How it was sent.</summary>
    public required SentMailKind Kind { get; init; }

    /// <summary>Graph id of the message replied to or forwarded (for a sent draft, the one its createReply came from), or null.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>To recipients.</summary>
    public required IReadOnlyList<SimulatedAddress> To { get; init; }

    /// <summary>Cc recipients.</summary>
    public required IReadOnlyList<SimulatedAddress> Cc { get; init; }

    /// <summary>Bcc recipients.</summary>
    public required IReadOnlyList<SimulatedAddress> Bcc { get; init; }

    /// <summary>Subject as sent (a reply without one gets "RE: " and the original subject, as Graph does).</summary>
    public required string Subject { get; init; }

    /// <summary>The body the client wrote (the comment of a reply, or message.body), as HTML; text bodies are escaped into HTML.</summary>
    public required string HtmlBody { get; init; }

    /// <summary>The body exactly as given.</summary>
    public required string Body { get; init; }

    /// <summary>"html" or "text": the body's contentType as given.</summary>
    public required string BodyContentType { get; init; }

    /// <summary>The <c>comment</c> of a reply/replyAll/forward, or null.</summary>
    public string? Comment { get; init; }

    /// <summary>File attachments, bytes decoded from contentBytes.</summary>
    public required IReadOnlyList<SentAttachment> Attachments { get; init; }

    /// <summary>Whether a copy was kept in Sent Items (sendMail's saveToSentItems; replies always).</summary>
    public required bool SavedToSentItems { get; init; }

    /// <summary>Id of the copy in Sent Items, or null.</summary>
    public string? SentItemId { get; init; }

    /// <summary>When the simulator accepted it.</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Internet message headers the client set: a JSON message's internetMessageHeaders, or every header of a MIME message.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The first header of that name the client set, or null.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>What a fault rule sees of a request or a batch part.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Path">Path from the version on, unescaped, e.g. /v1.0/users/x/messages/y/attachments (for a batch part, "/v1.0" + its url's path).</param>
/// <param name="Query">Query string without '?', unescaped, possibly empty.</param>
/// <param name="Route">The simulator's route name, as in <see cref="GraphCounters.ByRoute"/>, e.g. "GET delta".</param>
/// <param name="IsBatchPart">True for a part of a $batch.</param>
public readonly record struct HttpMethodAndPath(string Method, string Path, string Query, string Route, bool IsBatchPart)
{
    /// <summary>True for the $batch request itself (not its parts).</summary>
    public bool IsBatch => Route == "POST $batch";

    /// <inheritdoc />
    public override string ToString() => Query.Length == 0 ? $"{Method} {Path}" : $"{Method} {Path}?{Query}";
}

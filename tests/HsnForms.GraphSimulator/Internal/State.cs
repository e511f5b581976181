namespace HsnForms.GraphSimulator.Internal;

internal sealed class FolderState
{
    public required string Id { get; init; }

    public required string DisplayName { get; set; }

    public string? WellKnownName { get; init; }

    public string? ParentId { get; init; }

    public bool IsHidden { get; init; }

    public SimulatedFolder Snapshot() => new() { Id = Id, DisplayName = DisplayName, WellKnownName = WellKnownName, ParentFolderId = ParentId };
}

internal sealed class AttachmentState
{
    public required string Id { get; init; }

    public required SimulatedAttachmentKind Kind { get; init; }

    public required string Name { get; init; }

    public required string ContentType { get; init; }

    /// <summary>File bytes, or the attached item's MIME.</summary>
    public required byte[] Content { get; init; }

    public bool IsInline { get; init; }

    public string? ContentId { get; init; }

    public string? SourceUrl { get; init; }

    public required DateTimeOffset LastModified { get; init; }

    public long Size => Kind == SimulatedAttachmentKind.Reference ? 0 : Content.Length;

    public SimulatedAttachment Snapshot() => new()
    {
        Id = Id,
        Kind = Kind,
        Name = Name,
        ContentType = ContentType,
        Content = Content,
        Size = Size,
        IsInline = IsInline,
        ContentId = ContentId,
        SourceUrl = SourceUrl,
    };
}

internal sealed class MessageState
{
    public required string Id { get; init; }

    public required long Number { get; init; }

    public required string InternetMessageId { get; set; }

    public required string Subject { get; set; }

    public SimulatedAddress? From { get; set; }

    public SimulatedAddress? Sender { get; set; }

    public List<SimulatedAddress> To { get; set; } = [];

    public List<SimulatedAddress> Cc { get; set; } = [];

    public List<SimulatedAddress> Bcc { get; set; } = [];

    public List<SimulatedAddress> ReplyTo { get; set; } = [];

    public required DateTimeOffset ReceivedAt { get; set; }

    public required DateTimeOffset SentAt { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset LastModifiedAt { get; set; }

    public required string FolderId { get; set; }

    /// <summary>Change sequence number at which the message entered its current folder.</summary>
    public long FolderEnteredSeq { get; set; }

    /// <summary>Change sequence number of its last update.</summary>
    public long ChangedSeq { get; set; }

    public int Version { get; set; } = 1;

    public List<string> Categories { get; set; } = [];

    public bool IsRead { get; set; }

    public bool IsDraft { get; set; }

    public string Importance { get; set; } = "normal";

    public string FlagStatus { get; set; } = "notFlagged";

    /// <summary>"html" or "text".</summary>
    public string BodyType { get; set; } = "html";

    public string Body { get; set; } = "";

    public required string ConversationId { get; set; }

    public List<AttachmentState> Attachments { get; } = [];

    public int NextAttachmentNumber { get; set; } = 1;

    /// <summary>The MIME it was loaded from, or null when built by the API (then MIME is generated on demand).</summary>
    public byte[]? Mime { get; set; }

    /// <summary>For drafts from createReply/createReplyAll/createForward: the message they answer.</summary>
    public string? DraftOf { get; set; }

    public SimulatedMessage Snapshot() => new()
    {
        Id = Id,
        InternetMessageId = InternetMessageId,
        Subject = Subject,
        From = From,
        To = [.. To],
        Cc = [.. Cc],
        ReceivedAt = ReceivedAt,
        SentAt = SentAt,
        FolderId = FolderId,
        Categories = [.. Categories],
        IsRead = IsRead,
        IsDraft = IsDraft,
        FlagStatus = FlagStatus,
        Attachments = [.. Attachments.Select(a => a.Snapshot())],
    };
}

/// <summary>A message leaving a folder (moved or deleted), for delta's @removed entries.</summary>
internal sealed record RemovalEvent(string FolderId, string MessageId, long Seq, long EnteredSeq, DateTimeOffset ReceivedAt);

internal enum DeltaEntryKind
{
    Upsert,
    Removed,
}

internal sealed record DeltaEntry(string MessageId, DeltaEntryKind Kind);

/// <summary>Server-side state behind an opaque $skiptoken or $deltatoken.</summary>
internal sealed class DeltaTokenState
{
    public required long Serial { get; init; }

    public required string FolderId { get; init; }

    public required DeltaQuery Query { get; init; }

    /// <summary>For a skip token: the snapshot of the round and where the next page starts.</summary>
    public IReadOnlyList<DeltaEntry>? Entries { get; init; }

    public int Offset { get; init; }

    /// <summary>Change sequence the round was taken at; a delta token returns changes after it.</summary>
    public required long Watermark { get; init; }
}

/// <summary>The query options of a delta round, carried in its tokens as Graph does.</summary>
internal sealed record DeltaQuery(string? ChangeType, IReadOnlyList<string>? Select, bool ExpandAttachments, DateFilter? Filter, bool Descending, int? PageSize);

using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Mail;

public enum AttachmentKind
{
    /// <summary>A file carried in the message.</summary>
    File,

    /// <summary>A link to a file in the cloud (OneDrive, SharePoint): nothing to read.</summary>
    Reference,
}

/// <summary>An attached file; files inside a forwarded message are listed too, named after it.</summary>
/// <remarks><see cref="Unavailable"/>: why the content could not be had (the file was removed from the mailbox before it was read); it goes to review.</remarks>
public sealed record MailAttachment(int Index, string Name, string ContentType, AttachmentKind Kind, ReadOnlyMemory<byte> Content, bool IsInline = false, string? SourceUrl = null, string? Unavailable = null)
{
    /// <summary>A picture in a signature or body, not something a subscriber attached to send.</summary>
    public bool IsDecoration => IsInline && ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A message in the service-desk mailbox, whichever source it came from.</summary>
public sealed record IncomingMail
{
    /// <summary>The source's own id (Graph immutable id, or the .eml file name).</summary>
    public required string SourceId { get; init; }

    public string? InternetMessageId { get; init; }
    public required string From { get; init; }
    public string? FromName { get; init; }
    public string Subject { get; init; } = "";

    /// <summary>When the mailbox received it (Graph receivedDateTime; in a folder, the Received header, else Date).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>The message as received, for the archive; null when the source cannot give it.</summary>
    public Func<CancellationToken, Task<ReadOnlyMemory<byte>>>? LoadMime { get; init; }

    /// <summary>Identity that survives the same message seen again, through any source.</summary>
    public string MessageKey => TableKeys.Hash((InternetMessageId ?? SourceId).Trim().Trim('<', '>').ToLowerInvariant());
}

/// <summary>A message intake sends: an acknowledgement or a reminder.</summary>
public sealed record OutgoingMail(IReadOnlyList<string> To, string Subject, string HtmlBody)
{
    public IReadOnlyList<(string Name, ReadOnlyMemory<byte> Content)> Attachments { get; init; } = [];
}

/// <summary>
/// A mailbox intake reads and answers: Microsoft Graph in Azure, a folder of .eml files locally.
/// Writes are handed over in batches so a source can send them in as few requests as it allows.
/// </summary>
public interface IMailbox
{
    /// <summary>The mailbox's identity, for the ledger and the sync state.</summary>
    string Name { get; }

    /// <summary>The messages not yet taken; the position is kept only when <see cref="CompleteAsync"/> runs.</summary>
    IAsyncEnumerable<IncomingMail> ReadNewAsync(CancellationToken cancellationToken);

    Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken);

    Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken);

    /// <summary>Marks messages as taken (a category or a move, by settings); a folder mailbox leaves its files alone.</summary>
    Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken);

    /// <summary>Keeps the read position, once everything read this cycle is recorded.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}

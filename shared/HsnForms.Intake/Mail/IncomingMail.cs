using HsnForms.Intake.Screening;
using HsnForms.Intake.Storage;
using MimeKit;

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

    /// <summary>What makes this source's content the same as before (a folder's file: its size and time); empty where the id says it all.</summary>
    public string SourceStamp { get; init; } = "";

    public string? InternetMessageId { get; init; }

    /// <summary>The sender's address in the one form matching and replies both use (<see cref="MailAddress.Normalise"/>); empty when there is none.</summary>
    public required string From { get; init; }
    public string? FromName { get; init; }
    public string Subject { get; init; } = "";

    /// <summary>When the mailbox received it (Graph receivedDateTime; in a folder, the Received header, else Date).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>The message as received, for the archive; null when the source cannot give it.</summary>
    public Func<CancellationToken, Task<ReadOnlyMemory<byte>>>? LoadMime { get; init; }

    /// <summary>The message as received as a stream, for one too large to hold in memory; the caller disposes it.</summary>
    public Func<CancellationToken, Task<Stream>>? OpenMime { get; init; }

    /// <summary>The message's own top-level headers (Graph's internetMessageHeaders, or its MIME's).</summary>
    public HeaderList Headers { get; init; } = [];

    /// <summary>The message's size in bytes, where the source says.</summary>
    public long? Size { get; init; }

    /// <summary>Over the size intake reads: nothing in it was read; it is archived as a stream and kept for review.</summary>
    public bool TooLarge { get; init; }

    /// <summary>Why the source's content is no message at all (a file in a mailbox folder that is not mail); it is kept for review.</summary>
    public string? NotMail { get; init; }

    /// <summary>Why the message could not be read this time (a file that could not be opened, a part a library choked on); it is tried again.</summary>
    public string? ReadFailure { get; init; }

    /// <summary>The delivery report (bounce) the message is, or null.</summary>
    public DeliveryReport? DeliveryReport { get; init; }

    /// <summary>Identity that survives the same message seen again, through any source.</summary>
    public string MessageKey => KeyOf(InternetMessageId, SourceId);

    /// <summary>The key of a message by its Message-ID, else its source's id; known before the message is read.</summary>
    public static string KeyOf(string? internetMessageId, string sourceId) => TableKeys.Hash((internetMessageId ?? sourceId).Trim().Trim('<', '>').ToLowerInvariant());
}

/// <summary>What intake sends, as its headers say it: RFC 3834's Auto-Submitted value and our own X-HSN-Forms.</summary>
public enum OutgoingKind
{
    /// <summary>The answer to a sender's message: <c>Auto-Submitted: auto-replied</c>.</summary>
    Acknowledgement,

    /// <summary>A reminder of a deadline: <c>Auto-Submitted: auto-generated</c>.</summary>
    Reminder,

    /// <summary>The service desk's digest after a deadline: <c>Auto-Submitted: auto-generated</c>.</summary>
    Digest,
}

/// <summary>A message intake sends: an acknowledgement, a reminder or a digest.</summary>
public sealed record OutgoingMail(IReadOnlyList<string> To, string Subject, string HtmlBody)
{
    public IReadOnlyList<(string Name, ReadOnlyMemory<byte> Content)> Attachments { get; init; } = [];

    public OutgoingKind Kind { get; init; } = OutgoingKind.Acknowledgement;

    /// <summary>RFC 3834: an answer is auto-replied, anything else sent unasked is auto-generated.</summary>
    public string AutoSubmitted => Kind == OutgoingKind.Acknowledgement ? "auto-replied" : "auto-generated";

    /// <summary>The value of our own header, so a bounce of it can be told from any other.</summary>
    public string OwnHeaderValue => Kind.ToString().ToLowerInvariant();

    /// <summary>The headers every message intake sends carries, whichever way it goes.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers =>
    [
        ("Auto-Submitted", AutoSubmitted),
        // Exchange and Outlook send no out-of-office or other automatic answer to mail that carries this.
        ("X-Auto-Response-Suppress", "All"),
        (AutomaticMail.OwnHeader, OwnHeaderValue),
    ];
}

/// <summary>
/// A mailbox intake reads and answers: Microsoft Graph in Azure, a folder of .eml files locally.
/// Writes are handed over in batches so a source can send them in as few requests as it allows.
/// </summary>
public interface IMailbox
{
    /// <summary>The mailbox's identity, for the ledger and the sync state.</summary>
    string Name { get; }

    /// <summary>The service desk's own address, which intake answers from; its own mail and bounces of it are told by it.</summary>
    string Address { get; }

    /// <summary>
    /// The messages not yet taken; those the ledger has finished (<see cref="MailboxReading.Finished"/>) are passed
    /// over before they are read. The position is kept only when <see cref="CompleteAsync"/> runs.
    /// </summary>
    IAsyncEnumerable<IncomingMail> ReadNewAsync(MailboxReading reading, CancellationToken cancellationToken);

    /// <summary>Whether every cycle lists the whole mailbox again (a folder), so what is finished is best loaded at once.</summary>
    bool ListsEverything { get; }

    Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken);

    Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken);

    /// <summary>Marks messages as taken (a category or a move, by settings); a folder mailbox leaves its files alone.</summary>
    Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken);

    /// <summary>Keeps the read position, once everything read this cycle is recorded.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}

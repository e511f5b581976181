using System.ComponentModel.DataAnnotations;
using HsnForms.Intake.Mail;

namespace HsnForms.Intake.Pipeline;

/// <summary>How far a form is trusted to come from its From address (setting <c>Intake__SenderAuthentication</c>).</summary>
public enum SenderAuthenticationPolicy
{
    /// <summary>
    /// A form counts only when the receiving server confirmed its sender (DMARC, Exchange's composite
    /// authentication, or an aligned SPF or DKIM pass). Mail it could not confirm, or found forged, is held
    /// for review. Mail that carries no verdict at all (a file put into a folder mailbox, mail from inside
    /// the organisation's own server) counts, as it did before.
    /// </summary>
    Require,

    /// <summary>Only mail the receiving server found forged (DMARC failed, or both SPF and DKIM did) is held.</summary>
    Trust,

    /// <summary>Authentication results are not read (a gateway in front of the mailbox rewrites them).</summary>
    Off,
}

public sealed class IntakeOptions
{
    /// <summary>Answer each sender with what was received and what is still missing.</summary>
    public bool SendAcknowledgements { get; set; } = true;

    /// <summary>
    /// Days after a form's deadline during which a form that names no circular is still taken as for
    /// that circular, when it is the only one asking for that form.
    /// </summary>
    [Range(0, 3650)]
    public int OpenCircularGraceDays { get; set; } = 60;

    /// <summary>Replies and marks sent together (Graph's $batch takes at most 20).</summary>
    [Range(1, 20)]
    public int WriteBatchSize { get; set; } = 20;

    public SenderAuthenticationPolicy SenderAuthentication { get; set; } = SenderAuthenticationPolicy.Require;

    /// <summary>
    /// The authserv-id of the server whose Authentication-Results count (RFC 8601); empty: the topmost
    /// header, which the service desk's own server added last. Exchange Online writes none.
    /// </summary>
    [MaxLength(255)]
    public string? AuthenticationServer { get; set; }

    /// <summary>Acknowledgements one address gets in a Hong Kong day, at most; 0 sends none.</summary>
    [Range(0, 10_000)]
    public int MaxAcknowledgementsPerAddressPerDay { get; set; } = 10;

    /// <summary>A message larger than this is not read: it is archived as a stream and kept for review as too large.</summary>
    [Range(typeof(long), "65536", "4294967296")]
    public long MaxMessageBytes { get; set; } = MailboxReading.DefaultMaxMessageBytes;

    /// <summary>Tries a message that fails gets (counted in the ledger) before it goes to review as unprocessable.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;
}

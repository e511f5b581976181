using System.ComponentModel.DataAnnotations;

namespace HsnForms.Intake.Mail.Graph;

/// <summary>The service-desk mailbox in Microsoft Graph and how intake reads and answers it (section "Graph").</summary>
public sealed class GraphOptions
{
    /// <summary>Graph endpoint; national clouds differ. A loopback URL may be used without credentials (tests, simulators).</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The mailbox: a user id or address, e.g. hsservicedesk@hkex.com.hk.</summary>
    public string? Mailbox { get; set; }

    /// <summary>The folder polled; a well-known name such as inbox, or a folder id.</summary>
    [Required]
    public string Folder { get; set; } = "inbox";

    /// <summary>How a taken message is marked: "category" (add <see cref="ProcessedCategory"/>) or "move" (to <see cref="ProcessedFolder"/>).</summary>
    [Required, RegularExpression("^(category|move)$")]
    public string ProcessedAction { get; set; } = "category";

    [Required]
    public string ProcessedCategory { get; set; } = "HSN Forms: recorded";

    [Required]
    public string ProcessedFolder { get; set; } = "HSN Forms processed";

    /// <summary>Graph refuses a fifth concurrent request to one mailbox (429 MailboxConcurrency).</summary>
    [Range(1, 4)]
    public int MaxConcurrentRequests { get; set; } = 4;

    [Range(1, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>How often a throttled $batch part is tried again (after its Retry-After).</summary>
    [Range(0, 10)]
    public int BatchPartRetries { get; set; } = 5;

    /// <summary>Overlap re-read before the watermark when a delta token expired; the ledger drops repeats.</summary>
    [Range(0, 1440)]
    public int RecoveryOverlapMinutes { get; set; } = 60;

    /// <summary>
    /// Cycles a message whose file Graph keeps failing to give may hold the read position back; after
    /// that the file is kept for review as unavailable, so one bad message cannot stall the mailbox.
    /// </summary>
    [Range(1, 1000)]
    public int MaxHeldBackCycles { get; set; } = 6;

    // App-only credentials outside Azure (in Azure the managed identity is used).
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? ClientCertificatePath { get; set; }
    public string? ManagedIdentityClientId { get; set; }

    public bool IsLoopback => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;
}

using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Mail;

/// <summary>What a mailbox needs to know to read new mail for a cycle.</summary>
/// <param name="Finished">What the ledger has finished: passed over before it is read.</param>
/// <param name="MaxMessageBytes">A message larger than this is not read into memory: it is handed over as a stream, marked too large.</param>
public sealed record MailboxReading(FinishedMessages Finished, long MaxMessageBytes)
{
    /// <summary>Exchange Online's own default limit for received mail.</summary>
    public const long DefaultMaxMessageBytes = 35L * 1024 * 1024;

    /// <summary>Nothing known finished, the default size limit: a test reading a mailbox directly.</summary>
    public static MailboxReading Default { get; } = new(FinishedMessages.None, DefaultMaxMessageBytes);
}

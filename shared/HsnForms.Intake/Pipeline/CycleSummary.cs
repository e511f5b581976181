namespace HsnForms.Intake.Pipeline;

/// <summary>What one polling cycle did; the JSON of <c>hsnforms ingest --json</c> and the cycle's log line.</summary>
public sealed class CycleSummary
{
    /// <summary>Messages looked at.</summary>
    public int Messages { get; set; }

    /// <summary>Attachments read as a known form.</summary>
    public int Forms { get; set; }

    /// <summary>New submissions recorded.</summary>
    public int Recorded { get; set; }

    /// <summary>Forms recorded before (the same message again, or the same file re-sent).</summary>
    public int Duplicates { get; set; }

    /// <summary>New items waiting for review.</summary>
    public int Review { get; set; }

    /// <summary>Messages with no form and no mention of a circular, left as they were.</summary>
    public int Untouched { get; set; }

    public int Acknowledged { get; set; }

    /// <summary>Messages the ledger had finished in an earlier cycle, passed over before they were read (they count in the figures above as they did then).</summary>
    public int Skipped { get; set; }

    /// <summary>Messages deliberately not answered: machines, unconfirmed strangers, forged senders, an address over the day's cap.</summary>
    public int Unanswered { get; set; }

    /// <summary>Messages that failed this cycle and are tried again next cycle (after the last try they go to review as unprocessable).</summary>
    public int Failed { get; set; }

    /// <summary>Replies and marks the mailbox refused this cycle; they are tried again next cycle.</summary>
    public int WritesFailed { get; set; }

    /// <summary>Circulars that received a new submission, whose report should be rebuilt.</summary>
    public SortedSet<string> ChangedCirculars { get; } = new(StringComparer.Ordinal);
}

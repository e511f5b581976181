namespace HsnForms.Robustness;

/// <summary>One file's reading as the worker saw it: the outcome, and what it cost.</summary>
internal sealed record Measurement
{
    public required string File { get; init; }

    /// <summary>complete, incomplete, unrecognised or rejected; null when the reader threw.</summary>
    public string? Status { get; init; }

    public string? Form { get; init; }

    /// <summary>The first problem's code for a rejection.</summary>
    public string? Code { get; init; }

    /// <summary>Every problem's message, as a subscriber or the desk would read it.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>Wall time of the read.</summary>
    public double Milliseconds { get; init; }

    /// <summary>CPU time the worker spent on the read (all its threads); on a shared, loaded machine the fairer figure.</summary>
    public double CpuMilliseconds { get; init; }

    public long AllocatedBytes { get; init; }

    /// <summary>The process's peak resident memory during the read, above what it held just before.</summary>
    public long PeakBytes { get; init; }

    /// <summary>Whether the kernel's high-water mark could be reset before the read (else the peak is since the worker started).</summary>
    public bool PeakOwn { get; init; }

    /// <summary>An exception that escaped the reader, with its stack trace.</summary>
    public string? Crash { get; init; }
}

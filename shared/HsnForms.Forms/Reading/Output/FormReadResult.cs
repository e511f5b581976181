using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading;

/// <summary>What the reader concluded about one file.</summary>
public enum FormStatus
{
    /// <summary>Every required field present and valid.</summary>
    Complete,

    /// <summary>A known form with required fields missing or invalid.</summary>
    Incomplete,

    /// <summary>A readable document that is no known form.</summary>
    Unrecognised,

    /// <summary>Not read at all; the problem says why.</summary>
    Rejected,
}

/// <summary>The problem codes of cli.md; extend, never rename.</summary>
public static class ProblemCodes
{
    public const string Missing = "missing";
    public const string Invalid = "invalid";
    public const string Corrupt = "corrupt";
    public const string Encrypted = "encrypted";
    public const string MacroEnabled = "macro_enabled";
    public const string LegacyFormat = "legacy_format";
    public const string TooLarge = "too_large";
    public const string NotAForm = "not_a_form";
    public const string UnsupportedType = "unsupported_type";

    /// <summary>A fault of the reader's own on a file not known to be damaged: kept for review, never blamed on the sender.</summary>
    public const string ReaderFault = "reader_fault";

    /// <summary>The form gives conflicting evidence for a field (both choices ticked, two values, a tick between two options): a person must look.</summary>
    public const string Ambiguous = "ambiguous";
}

public sealed record FormProblem(string? Field, string Code, string Message);

/// <summary>
/// One file's reading: the form recognised, its normalised fields (canonical keys of forms.md, a field
/// not found is absent) and every problem found.
/// </summary>
public sealed record FormReadResult
{
    public required string File { get; init; }
    public string? Form { get; init; }
    public required FormStatus Status { get; init; }

    /// <summary>The fields found, typed, in the order the form definition lists them, each with how it was found.</summary>
    public FormFields Fields { get; init; } = FormFields.Empty;

    public IReadOnlyList<FormProblem> Problems { get; init; } = [];

    /// <summary>What the content says the file is (docx, xlsx, pdf, ...), whatever its name.</summary>
    public string? DetectedType { get; init; }

    /// <summary>
    /// A field's plain value: string, bool, a DateOnly, a list of service codes, or a map of service
    /// code to result; null when absent. <see cref="Fields"/> has the typed value and its source.
    /// </summary>
    public object? this[string key] => Fields[key]?.Plain;

    public bool IsComplete => Status == FormStatus.Complete;

    public static FormReadResult Rejected(string file, string code, string message, string? detectedType = null) => new()
    {
        File = file,
        Status = FormStatus.Rejected,
        Problems = [new FormProblem(null, code, message)],
        DetectedType = detectedType,
    };
}

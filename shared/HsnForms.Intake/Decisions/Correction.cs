using System.Text.Json;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// A person's correction of what the reader got wrong in one recorded submission: the values set and
/// the keys removed, with who, when and why. The reading itself is never changed; a report applies
/// the corrections made by its moment.
/// </summary>
public sealed record Correction
{
    public required string Id { get; init; }
    public required string CircularRef { get; init; }
    public required string SubmissionId { get; init; }
    public required string SubscriberId { get; init; }
    public required string Form { get; init; }

    /// <summary>The values set, as the fields object of cli.md (normalised values).</summary>
    public required string SetJson { get; init; }

    public IReadOnlyList<string> Unset { get; init; } = [];
    public required string Note { get; init; }
    public required string By { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>Every key the correction touched, set or removed.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            using var set = JsonDocument.Parse(SetJson);
            return [.. set.RootElement.EnumerateObject().Select(p => p.Name), .. Unset];
        }
    }
}

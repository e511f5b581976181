namespace HsnForms.Intake.Decisions;

/// <summary>
/// Reminders to one subscriber paused or resumed, for every form of the circular or for one. The latest
/// hold that covers a form decides: a pause of every form then a resume of the result form leaves only
/// the intention paused.
/// </summary>
public sealed record ReminderHold
{
    public required string Id { get; init; }
    public required string CircularRef { get; init; }
    public required string SubscriberId { get; init; }

    /// <summary>The form it applies to; null for every form of the circular.</summary>
    public string? Form { get; init; }

    /// <summary>True for a pause, false for a resume.</summary>
    public required bool Paused { get; init; }

    public string? Note { get; init; }
    public required string By { get; init; }
    public required DateTimeOffset At { get; init; }

    public bool Covers(string form) => Form is null || Form == form;
}

namespace HsnForms.Intake.Decisions;

/// <summary>A note on a subscriber for a circular ("chased by phone 23 Nov"), with who wrote it and when.</summary>
public sealed record DeskNote
{
    public required string Id { get; init; }
    public required string CircularRef { get; init; }
    public required string SubscriberId { get; init; }
    public required string Text { get; init; }
    public required string By { get; init; }
    public required DateTimeOffset At { get; init; }
}

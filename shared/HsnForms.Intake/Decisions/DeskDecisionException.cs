namespace HsnForms.Intake.Decisions;

/// <summary>Why a decision cannot be made the way a person asked: one line they can act on (the CLI's exit 2, the web desk's message).</summary>
public sealed class DeskDecisionException(string message) : Exception(message);

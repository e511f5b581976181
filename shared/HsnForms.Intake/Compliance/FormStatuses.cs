namespace HsnForms.Intake.Compliance;

/// <summary>A subscriber's standing on one form, in the statuses of forms.md.</summary>
public static class FormStatuses
{
    public const string OnTime = "on_time";
    public const string Late = "late";
    public const string Incomplete = "incomplete";
    public const string Pending = "pending";
    public const string Missing = "missing";
    public const string NotRequired = "not_required";

    public static readonly string[] All = [OnTime, Late, Incomplete, Pending, Missing, NotRequired];
}

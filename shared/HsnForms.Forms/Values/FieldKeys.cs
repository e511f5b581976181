namespace HsnForms.Forms.Values;

/// <summary>
/// The canonical keys of forms.md that the service's own rules read (the report, reminders, intake).
/// Every other key is data: a form in forms.json may carry any field, and it travels as it is.
/// </summary>
public static class FieldKeys
{
    public const string CircularRef = "circular_ref";
    public const string SubscriberId = "subscriber_id";
    public const string SubscriberName = "subscriber_name";
    public const string ContactName = "contact_name";
    public const string ContactPhone = "contact_phone";
    public const string ContactEmail = "contact_email";
    public const string Participate = "participate";
    public const string Services = "services";
    public const string Results = "results";
}

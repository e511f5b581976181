using System.ComponentModel.DataAnnotations;

namespace HsnForms.Intake.Storage;

/// <summary>Where intake keeps its records: table and container names, so two deployments can share an account.</summary>
public sealed class StorageOptions
{
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{0,40}$")]
    public string TablePrefix { get; set; } = "hsn";

    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,40})$")]
    public string MailContainer { get; set; } = "mail";

    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,40})$")]
    public string AttachmentContainer { get; set; } = "attachments";

    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,40})$")]
    public string ReportContainer { get; set; } = "reports";

    public string Table(string name) => TablePrefix + name;
}

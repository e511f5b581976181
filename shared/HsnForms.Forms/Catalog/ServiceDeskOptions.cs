using System.ComponentModel.DataAnnotations;

namespace HsnForms.Forms.Catalog;

/// <summary>
/// Who the forms go back to and whom a subscriber calls: printed on the blank forms and signed under
/// every reply and reminder. Settings (section <c>ServiceDesk</c>), since a desk's number or mailbox
/// changes without a release; the defaults are those of notice HDS/23/1109.
/// </summary>
public sealed class ServiceDeskOptions
{
    [Required(AllowEmptyStrings = false)]
    [MaxLength(120)]
    public string Name { get; set; } = "HKEX Hosting Services – Service Desk";

    /// <summary>The mailbox forms are returned to; in Azure the same one the app reads.</summary>
    [Required(AllowEmptyStrings = false)]
    [EmailAddress]
    [MaxLength(254)]
    public string Mailbox { get; set; } = "hsservicedesk@hkex.com.hk";

    /// <summary>The hotline, written the way the desk's circulars write it.</summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(40)]
    public string Phone { get; set; } = "(852) 2211 6080";

    /// <summary>The desk of HDS/23/1109, for code that runs without settings (tests, a blank form on its own).</summary>
    public static ServiceDeskOptions Default => new();
}

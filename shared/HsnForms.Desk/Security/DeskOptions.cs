using System.ComponentModel.DataAnnotations;

namespace HsnForms.Desk.Security;

/// <summary>How the web desk knows who is at it (section "Desk").</summary>
public sealed class DeskOptions
{
    /// <summary>App Service Authentication: the signed-in principal the platform passes in X-MS-CLIENT-PRINCIPAL.</summary>
    public const string AppService = "AppService";

    /// <summary>hsnforms desk on loopback: the operating-system user who started it.</summary>
    public const string Local = "Local";

    [Required, AllowedValues(AppService, Local)]
    public string Identity { get; set; } = AppService;

    /// <summary>The local user's name (the CLI passes the operating-system user).</summary>
    [MaxLength(200)]
    public string? LocalUser { get; set; }

    /// <summary>The local user may look but not decide (Desk.Read only).</summary>
    public bool LocalReadOnly { get; set; }

    /// <summary>The blob container keeping the anti-forgery keys, shared by every instance.</summary>
    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,40})$")]
    public string KeyContainer { get; set; } = "desk-keys";
}

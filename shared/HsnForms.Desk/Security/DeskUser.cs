using System.Security.Claims;

namespace HsnForms.Desk.Security;

/// <summary>The two app roles of the web desk: to look, and to decide.</summary>
public static class DeskRoles
{
    /// <summary>Sees the report, the subscribers' pages, the files and the review queue.</summary>
    public const string Read = "Desk.Read";

    /// <summary>Corrects, enters, notes, pauses and settles review items (and sees, too).</summary>
    public const string Write = "Desk.Write";
}

/// <summary>The person at the desk, as the platform signed them in; never what the browser claims.</summary>
public sealed record DeskUser(string Id, string Name, IReadOnlySet<string> Roles)
{
    public bool CanRead => Roles.Contains(DeskRoles.Read) || Roles.Contains(DeskRoles.Write);

    public bool CanWrite => Roles.Contains(DeskRoles.Write);

    /// <summary>The principal ASP.NET Core's anti-forgery tokens are bound to, so one person's token is no good to another.</summary>
    public ClaimsPrincipal ToClaimsPrincipal() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Id), new Claim(ClaimTypes.Name, Name), .. Roles.Select(r => new Claim(ClaimTypes.Role, r))],
        authenticationType: "HsnForms.Desk", ClaimTypes.Name, ClaimTypes.Role));
}

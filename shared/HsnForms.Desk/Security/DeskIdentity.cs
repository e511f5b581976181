using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HsnForms.Desk.Security;

/// <summary>
/// Who is making a request. In Azure, App Service Authentication (Microsoft Entra ID) signs people in
/// in front of the app and passes the principal in <c>X-MS-CLIENT-PRINCIPAL</c> (the platform drops
/// any such header a client sends); the app roles come from its <c>roles</c> claims. Locally it is the
/// operating-system user who started <c>hsnforms desk</c>, on loopback only.
/// </summary>
public sealed class DeskIdentity(IOptions<DeskOptions> options)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>A principal is a few kilobytes; a header far larger is no principal.</summary>
    private const int MaxHeaderLength = 32 * 1024;

    private readonly DeskOptions _options = options.Value;

    public DeskUser? Read(HttpContext context)
    {
        if (_options.Identity == DeskOptions.Local)
        {
            var name = string.IsNullOrWhiteSpace(_options.LocalUser) ? Environment.UserName : _options.LocalUser.Trim();
            return new DeskUser("local:" + name, name, _options.LocalReadOnly
                ? new HashSet<string>(StringComparer.Ordinal) { DeskRoles.Read }
                : new HashSet<string>(StringComparer.Ordinal) { DeskRoles.Read, DeskRoles.Write });
        }

        var header = context.Request.Headers[PrincipalHeader].ToString();
        return header.Length is 0 or > MaxHeaderLength ? null : FromAppService(header, context.Request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"].ToString());
    }

    /// <summary>Decodes App Service's principal: base64 JSON of <c>auth_typ</c>, <c>name_typ</c>, <c>role_typ</c> and <c>claims</c>.</summary>
    internal static DeskUser? FromAppService(string header, string? nameHeader)
    {
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(header), new JsonDocumentOptions { MaxDepth = 8 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var nameType = root.TryGetProperty("name_typ", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var roleType = root.TryGetProperty("role_typ", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var values = new List<(string Type, string Value)>();
            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind == JsonValueKind.Object && claim.TryGetProperty("typ", out var typ) && typ.ValueKind == JsonValueKind.String
                    && claim.TryGetProperty("val", out var val) && val.ValueKind == JsonValueKind.String)
                {
                    values.Add((typ.GetString()!, val.GetString()!));
                }
            }

            string? First(params string?[] types) => types.Where(t => t is not null).Select(t => values.FirstOrDefault(v => v.Type == t).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            var name = First(nameType, "preferred_username", "name", ClaimTypes.Name, ClaimTypes.Upn, "upn", ClaimTypes.Email)
                ?? (string.IsNullOrWhiteSpace(nameHeader) ? null : nameHeader);
            var id = First("http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", ClaimTypes.NameIdentifier, "sub") ?? name;
            if (name is null || id is null)
            {
                return null;
            }

            var roles = values.Where(v => v.Type == "roles" || v.Type == ClaimTypes.Role || (roleType is not null && v.Type == roleType))
                .Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
            return new DeskUser(Bounded(id), Bounded(name), roles);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or DecoderFallbackException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Bounded(string text) => Intake.Decisions.DeskText.OneLine(Intake.Decisions.DeskText.Clean(text.Length > 200 ? text[..200] : text));
}

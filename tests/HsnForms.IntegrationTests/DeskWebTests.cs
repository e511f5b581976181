using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HsnForms.Desk.Hosting;
using HsnForms.Desk.Security;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The web desk over HTTP as App Service hands it requests: the principal header decides who it is,
/// its app roles what they may do, and a change must come from the desk's own page with its token.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class DeskWebTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";

    [Fact]
    public async Task A_request_without_Desk_Write_can_look_but_cannot_change_anything()
    {
        await using var h = await DeskCliTests.HarnessAsync(azurite);
        await using var desk = await StartAsync(h);
        var page = SubscriberPath("HSN0350");

        var anonymous = await SendAsync(desk, HttpMethod.Get, page, principal: null);
        var noRole = await SendAsync(desk, HttpMethod.Get, page, Principal("guest@hkex.example"));
        var reader = await SendAsync(desk, HttpMethod.Get, page, Principal("reader@hkex.example", DeskRoles.Read));
        var readerHtml = await reader.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Contains("Jade Dragon Securities Limited", readerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Save correction", readerHtml, StringComparison.Ordinal);

        // Even with a writer's page and token in hand, a reader's request changes nothing.
        var (cookie, token) = await TokenAsync(desk, page, Principal("writer@hkex.example", DeskRoles.Write));
        var submission = (await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None)).Single(s => s.SubscriberId == "HSN0350");
        var posts = new (string Path, Dictionary<string, string> Form)[]
        {
            ("/desk/note", new() { ["circular"] = Circular, ["subscriber"] = "HSN0350", ["text"] = "should not be kept" }),
            ("/desk/reminders", new() { ["circular"] = Circular, ["subscriber"] = "HSN0350", ["action"] = "pause" }),
            ("/desk/correct", new() { ["circular"] = Circular, ["submission"] = submission.Id, ["f.participate"] = "true", ["f.services"] = "OTP-C", ["note"] = "x" }),
        };
        foreach (var (path, form) in posts)
        {
            form["__desk_token"] = token;
            var refused = await SendAsync(desk, HttpMethod.Post, path, Principal("reader@hkex.example", DeskRoles.Read), form, cookie);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains(DeskRoles.Write, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var decisions = await h.Get<DecisionStore>().ListAsync(Circular, CancellationToken.None);
        Assert.Empty(decisions.Notes);
        Assert.Empty(decisions.Holds);
        Assert.Empty(decisions.Corrections);
        Assert.Empty(await h.Get<AuditLog>().ListAsync(Circular, CancellationToken.None));
    }

    [Fact]
    public async Task A_cross_site_form_post_or_one_without_the_pages_token_is_refused()
    {
        await using var h = await DeskCliTests.HarnessAsync(azurite);
        await using var desk = await StartAsync(h);
        var writer = Principal("writer@hkex.example", DeskRoles.Write);
        var (cookie, token) = await TokenAsync(desk, SubscriberPath("HSN0761"), writer);
        Dictionary<string, string> Note(string text, string? withToken) => new(withToken is null ? [] : [new("__desk_token", withToken)])
        {
            ["circular"] = Circular,
            ["subscriber"] = "HSN0761",
            ["text"] = text,
        };

        var crossSite = await SendAsync(desk, HttpMethod.Post, "/desk/note", writer, Note("from evil", token), cookie,
            ("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site"));
        var otherOrigin = await SendAsync(desk, HttpMethod.Post, "/desk/note", writer, Note("from evil", token), cookie, ("Origin", "https://evil.example"));
        var noToken = await SendAsync(desk, HttpMethod.Post, "/desk/note", writer, Note("no token", null), cookie);
        var otherPersonsToken = await SendAsync(desk, HttpMethod.Post, "/desk/note", Principal("someone.else@hkex.example", DeskRoles.Write), Note("borrowed", token), cookie);
        var sameOrigin = await SendAsync(desk, HttpMethod.Post, "/desk/note", writer, Note("Chased by phone.", token), cookie, ("Origin", desk.Address.GetLeftPart(UriPartial.Authority)));

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherPersonsToken.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, sameOrigin.StatusCode);
        var kept = Assert.Single((await h.Get<DecisionStore>().ListAsync(Circular, CancellationToken.None)).Notes);
        Assert.Equal(("Chased by phone.", "writer@hkex.example"), (kept.Text, kept.By));
    }

    [Fact]
    public async Task Originals_are_downloads_never_pages_and_every_typed_or_mailed_value_is_encoded()
    {
        await using var h = await DeskCliTests.HarnessAsync(azurite);
        await h.Get<ServiceDesk>().AddNoteAsync(Circular, "HSN0427", "<script>alert(1)</script><img src=x onerror=alert(2)>", "<b>Mallory</b>", CancellationToken.None);
        await using var desk = await StartAsync(h);
        var reader = Principal("reader@hkex.example", DeskRoles.Read);
        var acme = (await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None)).Single(s => s.SubscriberId == "HSN0427");
        var item = (await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None)).Single(i => i.Blob is not null);

        var page = await (await SendAsync(desk, HttpMethod.Get, SubscriberPath("HSN0427"), reader)).Content.ReadAsStringAsync();
        var file = await SendAsync(desk, HttpMethod.Get, $"/desk/file?circular={Uri.EscapeDataString(Circular)}&submission={acme.Id}", reader);
        var scan = await SendAsync(desk, HttpMethod.Get, $"/desk/file?review={item.Id}", reader);
        var preview = await SendAsync(desk, HttpMethod.Get, $"/desk/preview?circular={Uri.EscapeDataString(Circular)}&submission={acme.Id}", reader);

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Mallory&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        foreach (var download in new[] { file, scan })
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(IntakeHarness.Asset("forms/libreoffice/intention-acme.docx"), await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("scan.pdf", scan.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var laidOut = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Chan Tai Man", laidOut, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    internal static Task<LocalDesk> StartAsync(IntakeHarness h, string identity = DeskOptions.AppService, string? user = null) =>
        LocalDesk.StartAsync(new LocalDeskSettings(0, h.ConnectionString, user, Identity: identity) { Overrides = h.Settings }, CancellationToken.None);

    internal static string SubscriberPath(string id) => $"/desk/subscriber?circular={Uri.EscapeDataString(Circular)}&id={id}";

    /// <summary>The principal App Service Authentication passes for a signed-in Entra ID account with these app roles.</summary>
    internal static string Principal(string name, params string[] roles)
    {
        var claims = new List<object> { new { typ = "preferred_username", val = name }, new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = "oid-" + name } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "preferred_username", role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static async Task<(string Cookie, string Token)> TokenAsync(LocalDesk desk, string path, string principal)
    {
        var response = await SendAsync(desk, HttpMethod.Get, path, principal);
        var html = await response.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (cookie, WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value));
    }

    internal static async Task<HttpResponseMessage> SendAsync(LocalDesk desk, HttpMethod method, string path, string? principal, Dictionary<string, string>? form = null, string? cookie = null, params (string Name, string Value)[] headers)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = desk.Address };
        using var request = new HttpRequestMessage(method, path);
        if (principal is not null)
        {
            request.Headers.Add(DeskIdentity.PrincipalHeader, principal);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [GeneratedRegex("name=\"__desk_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

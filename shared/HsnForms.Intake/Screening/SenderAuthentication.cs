using System.Text;
using System.Text.RegularExpressions;
using HsnForms.Intake.Mail;
using MimeKit;
using MimeKit.Cryptography;

namespace HsnForms.Intake.Screening;

/// <summary>What the receiving mail server found when it checked that a message came from its From domain.</summary>
public enum AuthenticationOutcome
{
    /// <summary>The message carries no verdict at all: a file someone put in the folder, or mail no server checked.</summary>
    NotStated,

    /// <summary>DMARC passed, or Exchange's composite check did, or (with no DMARC) SPF or DKIM passed for the From domain.</summary>
    Pass,

    /// <summary>Checked, and neither passed nor failed: no SPF, DKIM or DMARC record, a soft fail alone, a temporary error.</summary>
    Unverified,

    /// <summary>DMARC failed, or Exchange's composite check did, or (with no DMARC) both SPF and DKIM failed: the From address is not to be believed.</summary>
    Fail,
}

/// <summary>
/// A sender's authentication as the message's own headers tell it: the Authentication-Results header the
/// service desk's mail server added (Exchange Online's, without an authserv-id and with its compauth, or
/// any RFC 8601 server's), and Exchange's X-MS-Exchange-Organization-AuthAs for mail from inside the
/// organisation. Only the topmost Authentication-Results counts (the one added last, by our own server):
/// a sender can write any header it likes below it. With <c>trustedServer</c> set, only results that
/// server signed with its authserv-id count.
/// </summary>
public sealed partial record SenderAuthentication(AuthenticationOutcome Outcome, string Summary)
{
    public static readonly SenderAuthentication NotStated = new(AuthenticationOutcome.NotStated, "the message carries no authentication results");

    public bool Passed => Outcome == AuthenticationOutcome.Pass;

    public static SenderAuthentication Judge(HeaderList headers, string from, string? trustedServer = null)
    {
        var authAs = headers["X-MS-Exchange-Organization-AuthAs"]?.Trim();
        if (authAs is not null && (authAs.Equals("Internal", StringComparison.OrdinalIgnoreCase) || authAs.Equals("Partner", StringComparison.OrdinalIgnoreCase)))
        {
            return new(AuthenticationOutcome.Pass, $"sent from inside the organisation (Exchange: AuthAs {authAs})");
        }

        var results = Results(headers, trustedServer);
        if (results is null)
        {
            return NotStated;
        }

        var fromDomain = MailAddress.Domain(from);
        string? Of(string method) => results.FirstOrDefault(r => r.Method == method)?.Result;
        var dmarc = Of("dmarc");
        var compauth = results.FirstOrDefault(r => r.Method == "compauth");
        var spfAligned = results.Any(r => r.Method == "spf" && r.Result == "pass" && Aligned(r.Domain, fromDomain));
        var dkimAligned = results.Any(r => r.Method == "dkim" && r.Result == "pass" && Aligned(r.Domain, fromDomain));
        var spfFailed = results.Any(r => r.Method == "spf" && r.Result is "fail" or "softfail");
        var dkimFailed = results.Any(r => r.Method == "dkim" && r.Result is "fail" or "permerror" or "policy")
            && !results.Any(r => r.Method == "dkim" && r.Result == "pass");
        var said = Describe(results);

        if (dmarc is "fail")
        {
            return new(AuthenticationOutcome.Fail, "DMARC failed: " + said);
        }

        if (dmarc is "pass" or "bestguesspass")
        {
            return new(AuthenticationOutcome.Pass, said);
        }

        // Exchange Online's composite authentication: its own verdict, alignment and implicit checks included.
        if (compauth?.Result is "fail")
        {
            return new(AuthenticationOutcome.Fail, "Exchange's composite authentication failed: " + said);
        }

        if (compauth?.Result is "pass" or "softpass")
        {
            return new(AuthenticationOutcome.Pass, said);
        }

        if (spfAligned || dkimAligned)
        {
            return new(AuthenticationOutcome.Pass, said);
        }

        if (spfFailed && dkimFailed)
        {
            return new(AuthenticationOutcome.Fail, "both SPF and DKIM failed: " + said);
        }

        return new(AuthenticationOutcome.Unverified, results.Count == 0 ? "the authentication results name no check" : "nothing confirmed the sender's domain: " + said);
    }

    /// <summary>One method's result: spf, dkim, dmarc or compauth, with the domain it vouched for and Exchange's reason code.</summary>
    private sealed record MethodResult(string Method, string Result, string? Domain, string? Reason);

    private static List<MethodResult>? Results(HeaderList headers, string? trustedServer)
    {
        foreach (var header in headers)
        {
            if (!header.Field.Equals("Authentication-Results", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var raw = header.RawValue;
            if (AuthenticationResults.TryParse(raw, out var parsed))
            {
                if (trustedServer is not null && !string.Equals(parsed.AuthenticationServiceIdentifier, trustedServer, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                return [.. parsed.Results.Select(r => new MethodResult(r.Method.ToLowerInvariant(), r.Result.ToLowerInvariant(), DomainOf(r), r.Reason))];
            }

            // A header the strict parser refuses (a stray semicolon, a broken comment): its method=result pairs still say what was found.
            var text = Encoding.UTF8.GetString(raw);
            if (trustedServer is not null && !text.TrimStart().StartsWith(trustedServer, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return [.. Lenient().Matches(text).Select(m => new MethodResult(m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value.ToLowerInvariant(), DomainNear(text, m), null))];
        }

        return null;
    }

    private static string? DomainOf(AuthenticationMethodResult result)
    {
        foreach (var property in result.Properties)
        {
            var key = $"{property.PropertyType}.{property.Property}".ToLowerInvariant();
            if (key is "smtp.mailfrom" or "header.d" or "header.i" or "header.from")
            {
                var value = property.Value.Trim();
                var at = value.LastIndexOf('@');
                return (at >= 0 ? value[(at + 1)..] : value).ToLowerInvariant();
            }
        }

        return null;
    }

    private static string? DomainNear(string text, Match match)
    {
        var end = text.IndexOf(';', match.Index + match.Length);
        var clause = end < 0 ? text[match.Index..] : text[match.Index..end];
        var property = LenientDomain().Match(clause);
        return property.Success ? property.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>
    /// DMARC's relaxed alignment, without the public-suffix list: the domain that passed is the From domain,
    /// or one is a subdomain of the other (mail.acme.com.hk and acme.com.hk).
    /// </summary>
    private static bool Aligned(string? domain, string fromDomain) =>
        domain is { Length: > 0 } d && fromDomain.Length > 0
        && (d == fromDomain || d.EndsWith("." + fromDomain, StringComparison.Ordinal) || fromDomain.EndsWith("." + d, StringComparison.Ordinal));

    private static string Describe(List<MethodResult> results) =>
        string.Join(", ", results.Where(r => r.Method is "spf" or "dkim" or "dmarc" or "compauth")
            .Select(r => $"{r.Method}={r.Result}{(r.Method == "compauth" && r.Reason is { } reason ? $" (reason {reason})" : "")}")
            .Distinct());

    [GeneratedRegex(@"\b(spf|dkim|dmarc|compauth)\s*=\s*([a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Lenient();

    [GeneratedRegex(@"(?:smtp\.mailfrom|header\.d|header\.from)\s*=\s*(?:[^@\s;]*@)?([a-z0-9.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LenientDomain();
}

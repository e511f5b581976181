using System.Text.RegularExpressions;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>A resolved route: its counter name, whether it addresses the mailbox (and so counts toward its concurrency), and the work.</summary>
internal sealed record RouteMatch(string Name, bool MailboxScoped, Func<SimResponse> Handler);

/// <summary>Maps Graph v1.0 URLs (segments case-insensitive, key syntax mailFolders('id') and function syntax delta() accepted) to mailbox operations.</summary>
internal static partial class Router
{
    private static readonly string[] KnownSegments =
    [
        "users", "me", "mailFolders", "childFolders", "messages", "delta", "attachments", "$value", "sendMail",
        "move", "copy", "reply", "replyAll", "forward", "createReply", "createReplyAll", "createForward", "send",
    ];

    public static RouteMatch Resolve(SimRequest r, Mailbox mailbox)
    {
        var segments = Segments(r.Path);
        var method = r.Method;
        if (segments.Count == 0)
        {
            return Fail(method, "root", false, GraphErrorException.BadRequest("Graph simulator: the service root is not simulated."));
        }

        if (segments[0] == "me")
        {
            return Fail(method, "me", false, GraphErrorException.BadRequest("/me request is only valid with delegated authentication flow."));
        }

        if (segments[0] != "users")
        {
            return Unknown(method, segments[0], false);
        }

        if (segments.Count == 1)
        {
            return Fail(method, "users", false, new GraphErrorException(501, "notSupported", "Graph simulator: listing users is not simulated."));
        }

        if (!mailbox.IsMailbox(segments[1]))
        {
            var user = segments[1];
            return Fail(method, "user", false, segments.Count == 2
                ? new GraphErrorException(404, "Request_ResourceNotFound", $"Resource '{user}' does not exist or one of its queried reference-property objects are not present.")
                : new GraphErrorException(404, "ErrorInvalidUser", $"The requested user '{user}' is invalid."));
        }

        var rest = segments.Skip(2).ToList();
        if (rest.Count == 0)
        {
            return Expect(method, "GET", "user", mailbox.GetUser);
        }

        return rest[0] switch
        {
            "sendMail" when rest.Count == 1 => Expect(method, "POST", "sendMail", () => mailbox.SendMail(r)),
            "mailFolders" => Folders(r, mailbox, rest.Skip(1).ToList(), null, "mailFolders"),
            "messages" => Messages(r, mailbox, rest.Skip(1).ToList(), null),
            _ => Unknown(method, rest[0], true),
        };
    }

    private static RouteMatch Folders(SimRequest r, Mailbox mailbox, List<string> s, string? parent, string collection)
    {
        var method = r.Method;
        if (s.Count == 0)
        {
            return method switch
            {
                "GET" => new RouteMatch($"GET {collection}", true, () => mailbox.ListFolders(r, parent)),
                "POST" => new RouteMatch($"POST {collection}", true, () => mailbox.CreateFolder(r, parent)),
                _ => NotAllowed(method, collection),
            };
        }

        var folder = s[0];
        if (s.Count == 1)
        {
            return Expect(method, "GET", "mailFolder", () => mailbox.GetFolder(r, folder));
        }

        var rest = s.Skip(2).ToList();
        return s[1] switch
        {
            "childFolders" => Folders(r, mailbox, rest, folder, "childFolders"),
            "messages" when rest.Count == 0 => method switch
            {
                "GET" => new RouteMatch("GET messages", true, () => mailbox.ListMessages(r, folder)),
                "POST" => new RouteMatch("POST messages", true, () => mailbox.CreateMessage(r, folder)),
                _ => NotAllowed(method, "messages"),
            },
            "messages" when rest is ["delta"] => Expect(method, "GET", "delta", () => mailbox.Delta(r, folder)),
            "messages" => Messages(r, mailbox, rest, folder),
            _ => Unknown(method, s[1], true),
        };
    }

    private static RouteMatch Messages(SimRequest r, Mailbox mailbox, List<string> s, string? folder)
    {
        var method = r.Method;
        if (s.Count == 0)
        {
            return method switch
            {
                "GET" => new RouteMatch("GET messages", true, () => mailbox.ListMessages(r, folder)),
                "POST" => new RouteMatch("POST messages", true, () => mailbox.CreateMessage(r, folder)),
                _ => NotAllowed(method, "messages"),
            };
        }

        var id = s[0];
        if (s.Count == 1)
        {
            return method switch
            {
                "GET" => new RouteMatch("GET message", true, () => mailbox.GetMessage(r, id)),
                "PATCH" => new RouteMatch("PATCH message", true, () => mailbox.PatchMessage(r, id)),
                "DELETE" => new RouteMatch("DELETE message", true, () => mailbox.DeleteMessage(id)),
                _ => NotAllowed(method, "message"),
            };
        }

        if (s.Count == 2)
        {
            return s[1] switch
            {
                "$value" => Expect(method, "GET", "message $value", () => mailbox.GetMime(id)),
                "attachments" => method switch
                {
                    "GET" => new RouteMatch("GET attachments", true, () => mailbox.ListAttachments(r, id)),
                    "POST" => new RouteMatch("POST attachments", true, () => mailbox.AddAttachmentFromJson(r, id)),
                    _ => NotAllowed(method, "attachments"),
                },
                "move" => Expect(method, "POST", "move", () => mailbox.MoveOrCopy(r, id, copy: false)),
                "copy" => Expect(method, "POST", "copy", () => mailbox.MoveOrCopy(r, id, copy: true)),
                "reply" => Expect(method, "POST", "reply", () => mailbox.Respond(r, id, SentMailKind.Reply)),
                "replyAll" => Expect(method, "POST", "replyAll", () => mailbox.Respond(r, id, SentMailKind.ReplyAll)),
                "forward" => Expect(method, "POST", "forward", () => mailbox.Respond(r, id, SentMailKind.Forward)),
                "createReply" => Expect(method, "POST", "createReply", () => mailbox.CreateResponseDraft(r, id, SentMailKind.Reply)),
                "createReplyAll" => Expect(method, "POST", "createReplyAll", () => mailbox.CreateResponseDraft(r, id, SentMailKind.ReplyAll)),
                "createForward" => Expect(method, "POST", "createForward", () => mailbox.CreateResponseDraft(r, id, SentMailKind.Forward)),
                "send" => Expect(method, "POST", "send", () => mailbox.SendDraft(id)),
                _ => Unknown(method, s[1], true),
            };
        }

        if (s[1] != "attachments")
        {
            return Unknown(method, s[1], true);
        }

        var attachment = s[2];
        if (s.Count == 3)
        {
            return method switch
            {
                "GET" => new RouteMatch("GET attachment", true, () => mailbox.GetAttachment(r, id, attachment)),
                "DELETE" => new RouteMatch("DELETE attachment", true, () => mailbox.DeleteAttachment(id, attachment)),
                _ => NotAllowed(method, "attachment"),
            };
        }

        return s.Count == 4 && s[3] == "$value"
            ? Expect(method, "GET", "attachment $value", () => mailbox.GetAttachmentValue(id, attachment))
            : Unknown(method, s[3], true);
    }

    /// <summary>Unescapes segments, splits key syntax name('key') into two, drops "()" of functions and the microsoft.graph. prefix, canonicalises known names.</summary>
    public static List<string> Segments(string path)
    {
        var list = new List<string>();
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw);
            if (segment.StartsWith("microsoft.graph.", StringComparison.OrdinalIgnoreCase))
            {
                segment = segment["microsoft.graph.".Length..];
            }

            var key = KeySyntaxRegex().Match(segment);
            if (key.Success)
            {
                list.Add(Canonical(key.Groups[1].Value));
                if (key.Groups[2].Success)
                {
                    list.Add(key.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal));
                }

                continue;
            }

            list.Add(Canonical(segment));
        }

        return list;
    }

    private static string Canonical(string segment) =>
        KnownSegments.FirstOrDefault(k => k.Equals(segment, StringComparison.OrdinalIgnoreCase)) ?? segment;

    private static RouteMatch Expect(string method, string expected, string name, Func<SimResponse> handler) =>
        method == expected ? new RouteMatch($"{expected} {name}", true, handler) : NotAllowed(method, name);

    private static RouteMatch NotAllowed(string method, string name) =>
        Fail(method, name, true, new GraphErrorException(405, "ErrorInvalidRequest", $"The HTTP method '{method}' is not allowed on this resource."));

    private static RouteMatch Unknown(string method, string segment, bool scoped) =>
        Fail(method, "unknown", scoped, GraphErrorException.BadRequest($"Resource not found for the segment '{segment}'."));

    private static RouteMatch Fail(string method, string name, bool scoped, GraphErrorException error) =>
        new($"{method} {name}", scoped, () => throw error);

    [GeneratedRegex(@"^([A-Za-z]+)\((?:'(.*)')?\)$")]
    private static partial Regex KeySyntaxRegex();
}

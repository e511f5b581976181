using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>The state of the one simulated mailbox and the Graph operations on it. Every operation holds one lock.</summary>
internal sealed partial class Mailbox
{
    private static readonly (string WellKnown, string Display)[] WellKnownFolders =
    [
        ("inbox", "Inbox"), ("archive", "Archive"), ("drafts", "Drafts"), ("sentitems", "Sent Items"),
        ("deleteditems", "Deleted Items"), ("junkemail", "Junk Email"), ("outbox", "Outbox"),
    ];

    private readonly Lock _gate = new();
    private readonly GraphSimulatorOptions _options;
    private readonly Dictionary<string, FolderState> _folders = new(StringComparer.Ordinal);
    private readonly List<FolderState> _folderOrder = [];
    private readonly Dictionary<string, MessageState> _messages = new(StringComparer.Ordinal);
    private readonly List<RemovalEvent> _removals = [];
    private readonly Dictionary<string, DeltaTokenState> _tokens = new(StringComparer.Ordinal);
    private readonly List<SentMail> _sent = [];
    private long _seq;
    private long _number;
    private long _folderNumber;
    private long _tokenSerial;
    private long _expiredBelow;

    public Mailbox(GraphSimulatorOptions options)
    {
        _options = options;
        Address = options.Mailbox;
        UserGuid = Ids.MailboxGuid(options.Mailbox);
        Root = NewFolder("Top of Information Store", "msgfolderroot", null, hidden: false);
        foreach (var (wellKnown, display) in WellKnownFolders)
        {
            NewFolder(display, wellKnown, Root.Id, hidden: false);
        }
    }

    public string Address { get; }

    public Guid UserGuid { get; }

    /// <summary>Absolute base of links, e.g. http://127.0.0.1:5000/v1.0 (set once the server listens).</summary>
    public string BaseUrl { get; set; } = "";

    private FolderState Root { get; }

    private string MailboxKey => Uri.EscapeDataString(Address);

    private DateTimeOffset Now
    {
        get
        {
            var now = _options.TimeProvider.GetUtcNow();
            return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }
    }

    public bool IsMailbox(string key) =>
        key.Equals(Address, StringComparison.OrdinalIgnoreCase)
        || (Guid.TryParse(key, out var g) && g == UserGuid);

    // ---------------------------------------------------------------- test-side API

    public SimulatedMessage AddMime(byte[] mime, DateTimeOffset? receivedAt, string folder)
    {
        var parsed = Mime.Parse(mime);
        var received = receivedAt ?? parsed.Date ?? _options.TimeProvider.GetUtcNow();
        received = new DateTimeOffset(received.UtcTicks - (received.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        lock (_gate)
        {
            var target = FindFolder(folder) ?? throw new ArgumentException($"No folder '{folder}' (use a well-known name, a folder id or a display name).", nameof(folder));
            var m = NewMessage(target, received, parsed.Date ?? received);
            m.InternetMessageId = parsed.InternetMessageId;
            m.Subject = parsed.Subject;
            m.From = parsed.From;
            m.Sender = parsed.Sender;
            m.To = parsed.To;
            m.Cc = parsed.Cc;
            m.Bcc = parsed.Bcc;
            m.ReplyTo = parsed.ReplyTo;
            m.BodyType = parsed.BodyType;
            m.Body = parsed.Body;
            m.Importance = parsed.Importance;
            m.ConversationId = ConversationId(parsed.ThreadKey);
            m.Mime = mime;
            foreach (var a in parsed.Attachments)
            {
                AddAttachment(m, a.Kind, a.Name, a.ContentType, a.Content, a.IsInline, a.ContentId, a.SourceUrl, received);
            }

            return m.Snapshot();
        }
    }

    public IReadOnlyList<SimulatedMessage> Messages()
    {
        lock (_gate)
        {
            return [.. _messages.Values.OrderBy(m => m.Number).Select(m => m.Snapshot())];
        }
    }

    public IReadOnlyList<SentMail> Sent()
    {
        lock (_gate)
        {
            return [.. _sent];
        }
    }

    public IReadOnlyList<SimulatedFolder> Folders()
    {
        lock (_gate)
        {
            return [.. _folderOrder.Select(f => f.Snapshot())];
        }
    }

    public string? GetFolderId(string key)
    {
        lock (_gate)
        {
            return FindFolder(key)?.Id;
        }
    }

    public SimulatedFolder AddFolder(string displayName, string? parent)
    {
        lock (_gate)
        {
            var p = parent is null ? Root : FindFolder(parent) ?? throw new ArgumentException($"No folder '{parent}'.", nameof(parent));
            if (_folderOrder.Exists(f => f.ParentId == p.Id && f.DisplayName.Equals(displayName, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"A folder '{displayName}' already exists there.", nameof(displayName));
            }

            return NewFolder(displayName, null, p.Id, hidden: false).Snapshot();
        }
    }

    public void ExpireTokens()
    {
        lock (_gate)
        {
            _expiredBelow = _tokenSerial + 1;
        }
    }

    // ---------------------------------------------------------------- helpers

    private FolderState NewFolder(string displayName, string? wellKnown, string? parent, bool hidden)
    {
        var f = new FolderState
        {
            Id = Ids.Create(UserGuid, Ids.Folder, ++_folderNumber),
            DisplayName = displayName,
            WellKnownName = wellKnown,
            ParentId = parent,
            IsHidden = hidden,
        };
        _folders[f.Id] = f;
        _folderOrder.Add(f);
        return f;
    }

    private MessageState NewMessage(FolderState folder, DateTimeOffset received, DateTimeOffset sent)
    {
        var number = ++_number;
        var seq = ++_seq;
        var m = new MessageState
        {
            Id = Ids.Create(UserGuid, Ids.Message, number),
            Number = number,
            InternetMessageId = $"<{Guid.NewGuid():N}@simulator.invalid>",
            Subject = "",
            ReceivedAt = received,
            SentAt = sent,
            CreatedAt = received,
            LastModifiedAt = received,
            FolderId = folder.Id,
            FolderEnteredSeq = seq,
            ChangedSeq = seq,
            ConversationId = "",
        };
        _messages[m.Id] = m;
        return m;
    }

    private AttachmentState AddAttachment(MessageState m, SimulatedAttachmentKind kind, string name, string contentType, byte[] content, bool inline, string? contentId, string? sourceUrl, DateTimeOffset when)
    {
        var a = new AttachmentState
        {
            Id = Ids.Create(UserGuid, Ids.Attachment, m.Number, m.NextAttachmentNumber++),
            Kind = kind,
            Name = name,
            ContentType = contentType,
            Content = content,
            IsInline = inline,
            ContentId = contentId,
            SourceUrl = sourceUrl,
            LastModified = when,
        };
        m.Attachments.Add(a);
        return a;
    }

    private string ConversationId(string threadKey)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(threadKey));
        return Ids.Create(UserGuid, Ids.Conversation, BitConverter.ToInt64(hash, 0) & long.MaxValue);
    }

    private FolderState? FindFolder(string key)
    {
        if (_folders.TryGetValue(key, out var byId))
        {
            return byId;
        }

        return _folderOrder.Find(f => f.WellKnownName is not null && f.WellKnownName.Equals(key, StringComparison.OrdinalIgnoreCase))
            ?? _folderOrder.Find(f => f.DisplayName.Equals(key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Graph resolves well-known names and ids only: a display name is a malformed id.</summary>
    private FolderState ResolveFolder(string key)
    {
        if (_folders.TryGetValue(key, out var byId))
        {
            return byId;
        }

        var wellKnown = _folderOrder.Find(f => f.WellKnownName is not null && f.WellKnownName.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (wellKnown is not null)
        {
            return wellKnown;
        }

        throw Ids.IsWellFormed(key, UserGuid, Ids.Folder) ? GraphErrorException.NotFound() : GraphErrorException.Malformed();
    }

    private MessageState ResolveMessage(string id)
    {
        if (_messages.TryGetValue(id, out var m))
        {
            return m;
        }

        throw Ids.IsWellFormed(id, UserGuid, Ids.Message) ? GraphErrorException.NotFound() : GraphErrorException.Malformed();
    }

    private AttachmentState ResolveAttachment(MessageState m, string id)
    {
        var a = m.Attachments.Find(x => x.Id == id);
        if (a is not null)
        {
            return a;
        }

        throw Ids.IsWellFormed(id, UserGuid, Ids.Attachment) ? GraphErrorException.NotFound() : GraphErrorException.Malformed();
    }

    private void Touch(MessageState m)
    {
        m.Version++;
        m.ChangedSeq = ++_seq;
        m.LastModifiedAt = Now;
    }

    private void MoveTo(MessageState m, FolderState destination)
    {
        _removals.Add(new RemovalEvent(m.FolderId, m.Id, ++_seq, m.FolderEnteredSeq, m.ReceivedAt));
        m.FolderId = destination.Id;
        m.FolderEnteredSeq = ++_seq;
        Touch(m);
    }

    private void Remove(MessageState m)
    {
        _removals.Add(new RemovalEvent(m.FolderId, m.Id, ++_seq, m.FolderEnteredSeq, m.ReceivedAt));
        _messages.Remove(m.Id);
    }

    private FolderState WellKnown(string name) => _folderOrder.Find(f => f.WellKnownName == name)!;

    private static JsonObject? ReadObject(SimRequest r, bool optional = false)
    {
        if (r.Body.Length == 0)
        {
            return optional ? null : throw GraphErrorException.BadRequest("Empty Payload. JSON content expected.");
        }

        try
        {
            return JsonNode.Parse(r.Body) as JsonObject
                ?? throw GraphErrorException.BadRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
        }
        catch (JsonException)
        {
            throw GraphErrorException.BadRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
        }
    }

    /// <summary>Action parameters are matched case-insensitively: Graph's metadata spells some in PascalCase (DestinationId, Message, SaveToSentItems) and the SDK sends them so.</summary>
    private static JsonNode? Param(JsonObject o, string name)
    {
        foreach (var (key, value) in o)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static int? IntOption(SimRequest r, string name, int min)
    {
        var text = r.Option(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min)
        {
            throw GraphErrorException.BadRequest($"Invalid value '{text}' for query option {name}.");
        }

        return n;
    }

    /// <summary>Reads Prefer (several headers or comma-separated), returns what applies and records Preference-Applied.</summary>
    private static Preferences ReadPreferences(SimRequest r)
    {
        var p = new Preferences();
        var header = r.Header("Prefer");
        if (header is null)
        {
            return p;
        }

        foreach (var raw in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            var name = (eq < 0 ? raw : raw[..eq]).Trim();
            var value = (eq < 0 ? "" : raw[(eq + 1)..]).Trim().Trim('"');
            if (name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0)
            {
                p.MaxPageSize = size;
                p.Applied.Add($"odata.maxpagesize={size}");
            }
            else if (name.Equals("IdType", StringComparison.OrdinalIgnoreCase) && value.Equals("ImmutableId", StringComparison.OrdinalIgnoreCase))
            {
                p.Applied.Add("IdType=\"ImmutableId\"");
            }
            else if (name.Equals("outlook.body-content-type", StringComparison.OrdinalIgnoreCase))
            {
                p.TextBody = value.Equals("text", StringComparison.OrdinalIgnoreCase);
                p.Applied.Add($"outlook.body-content-type=\"{(p.TextBody ? "text" : "html")}\"");
            }
        }

        return p;
    }

    private static SimResponse WithPreferences(SimResponse response, Preferences p)
    {
        if (p.Applied.Count > 0)
        {
            response.Headers["Preference-Applied"] = string.Join(", ", p.Applied);
        }

        return response;
    }

    private static bool ParseExpandAttachments(SimRequest r)
    {
        var expand = r.Option("expand");
        if (string.IsNullOrWhiteSpace(expand))
        {
            return false;
        }

        var result = false;
        foreach (var item in SplitCommas(expand))
        {
            var name = item.Trim();
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            var bare = (paren < 0 ? name : name[..paren]).Trim();
            if (bare.Length == 0)
            {
                continue;
            }

            if (!bare.Equals("attachments", StringComparison.OrdinalIgnoreCase))
            {
                throw new GraphErrorException(400, "BadRequest", $"Parsing OData Select and Expand failed: Could not find a property named '{bare}' on type 'microsoft.graph.message'.");
            }

            result = true;
        }

        return result;
    }

    private static List<string> SplitCommas(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
                default:
                    break;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private RenderOptions Render(SimRequest r, Preferences p, bool withType = false) =>
        new(GraphJson.ParseMessageSelect(r.Option("select")), ParseExpandAttachments(r), p.TextBody, withType, $"{BaseUrl}/$metadata#users('{MailboxKey}')") { Dialect = _options };

    private string Context(string tail) => $"{BaseUrl}/$metadata#users('{MailboxKey}')/{tail}";

    private sealed class Preferences
    {
        public int? MaxPageSize { get; set; }

        public bool TextBody { get; set; }

        public List<string> Applied { get; } = [];
    }

    private static string HtmlEncode(string s) => WebUtility.HtmlEncode(s);
}

using System.Globalization;
using System.Text;
using HsnForms.Desk.Pages;
using HsnForms.Desk.Security;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Review;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HsnForms.Desk;

/// <summary>
/// The service desk's web app, one handler for every request under /desk: the function app's HTTP
/// trigger and <c>hsnforms desk</c>'s Kestrel both hand it the request. Every request is checked here,
/// whoever serves it: the signed-in principal and its app role (never anything the browser says), and
/// for anything that changes a record, a same-origin request carrying a valid anti-forgery token.
/// </summary>
public sealed partial class DeskApp(
    DeskIdentity identity,
    IAntiforgery antiforgery,
    IOptions<DeskOptions> options,
    CircularStore circulars,
    SubscriberRegister register,
    ReportService reports,
    ServiceDesk desk,
    ReviewDesk review,
    ReviewStore reviewItems,
    SubmissionStore submissions,
    MailArchive archive,
    MessageLedger ledger,
    ReminderSender reminders,
    FormReader reader,
    FormCatalog catalog,
    TimeProvider clock,
    ILogger<DeskApp> logger)
{
    /// <summary>A posted form: a fax or scan, and a few fields. Anything larger is refused before it is read.</summary>
    private static readonly FormOptions s_formLimits = new()
    {
        MultipartBodyLengthLimit = DeskText.FileBytes + (64 * 1024),
        ValueLengthLimit = 16 * 1024,
        ValueCountLimit = 200,
        KeyLengthLimit = 200,
        MultipartHeadersLengthLimit = 16 * 1024,
    };

    private static readonly Dictionary<string, string> s_done = new(StringComparer.Ordinal)
    {
        ["corrected"] = "The correction is saved; the form was checked again.",
        ["entered"] = "The form is entered.",
        ["noted"] = "The note is saved.",
        ["paused"] = "Reminders are paused.",
        ["resumed"] = "Reminders are resumed.",
        ["accepted"] = "The form is accepted and counted.",
        ["dismissed"] = "The item is dismissed.",
    };

    private readonly DeskOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        SecurityHeaders(response, DeskHtml.ContentSecurityPolicy);
        if (_options.Identity == DeskOptions.Local && !IsLoopbackHost(context.Request))
        {
            // A local desk answers only to its own loopback name: a page elsewhere cannot rebind a DNS name to it.
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "This desk answers only at 127.0.0.1 or localhost.");
            return;
        }

        var user = identity.Read(context);
        if (user is null)
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "Sign in to use the service desk.");
            return;
        }

        if (!user.CanRead)
        {
            LogRefused(logger, user.Name, context.Request.Method, context.Request.Path, "no desk role");
            await RefuseAsync(context, StatusCodes.Status403Forbidden, $"{user.Name} has neither the {DeskRoles.Read} nor the {DeskRoles.Write} role of the service desk.");
            return;
        }

        context.User = user.ToClaimsPrincipal();
        var path = Relative(context.Request.Path);
        var cancellationToken = context.RequestAborted;
        try
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                await GetAsync(context, user, path, cancellationToken);
            }
            else if (HttpMethods.IsPost(context.Request.Method))
            {
                if (!user.CanWrite)
                {
                    LogRefused(logger, user.Name, context.Request.Method, context.Request.Path, "no Desk.Write");
                    await RefuseAsync(context, StatusCodes.Status403Forbidden, $"{user.Name} may look but not decide: that needs the {DeskRoles.Write} role.");
                    return;
                }

                if (!SameOrigin(context.Request))
                {
                    LogRefused(logger, user.Name, context.Request.Method, context.Request.Path, "cross-site");
                    await RefuseAsync(context, StatusCodes.Status403Forbidden, "A change must come from the service desk's own pages, not another site.");
                    return;
                }

                if (context.Request.ContentLength > s_formLimits.MultipartBodyLengthLimit)
                {
                    await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"The request is too large; an evidence file may be at most {DeskText.FileBytes / 1024 / 1024} MB.");
                    return;
                }

                context.Features.Set<IFormFeature>(new FormFeature(context.Request, s_formLimits));
                try
                {
                    await antiforgery.ValidateRequestAsync(context);
                }
                catch (AntiforgeryValidationException)
                {
                    LogRefused(logger, user.Name, context.Request.Method, context.Request.Path, "anti-forgery token");
                    await RefuseAsync(context, StatusCodes.Status400BadRequest, "The page was too old or did not come from the service desk; open it again and retry.");
                    return;
                }

                await PostAsync(context, user, path, cancellationToken);
            }
            else
            {
                response.Headers.Allow = "GET, HEAD, POST";
                await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "Not a method the desk answers.");
            }
        }
        catch (Exception ex) when (ex is DeskDecisionException or ReviewDeskException)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, ex.Message, user, BackLink(context.Request));
        }
        catch (InvalidDataException ex)
        {
            // The form reader's limits (too many fields, a value too long, a file over the limit).
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The request is larger than the desk accepts: " + ex.Message, user);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            // Storage down, or a fault of ours: the person gets one plain sentence, the log gets the details.
            LogFailed(logger, context.Request.Method, context.Request.Path, ex);
            await RefuseAsync(context, StatusCodes.Status500InternalServerError, "The desk could not do that just now (storage may be unreachable); nothing was changed unless the page says so. Try again, or ask the administrator to look at the logs.", user);
        }
    }

    // ------------------------------------------------------------------------------------------ pages

    private async Task GetAsync(HttpContext context, DeskUser user, string path, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        switch (path)
        {
            case "" or "/":
                await HtmlAsync(context, HomePage.Render(await circulars.ListAsync(cancellationToken), user));
                return;
            case "/circular":
            {
                var report = await ReportAsync(query["ref"], cancellationToken);
                var links = new ReportPageLinks(id => DeskPaths.Subscriber(report.Circular.Ref, id),
                    [("Circulars", DeskPaths.Home), ("Review queue", DeskPaths.Review(report.Circular.Ref)), ("Report JSON", DeskPaths.ReportJson(report.Circular.Ref)), ("Tracker", DeskPaths.Tracker(report.Circular.Ref))]);

                // The report page carries its own policy for its style and sort script; the header adds what a meta tag cannot.
                SecurityHeaders(context.Response, "frame-ancestors 'none'; form-action 'none'; base-uri 'none'");
                await HtmlAsync(context, ReportPage.Render(report, links));
                return;
            }

            case "/subscriber":
            {
                var report = await ReportAsync(query["circular"], cancellationToken);
                var id = Required(query["id"], "subscriber").ToUpperInvariant();
                var standing = report.Subscribers.FirstOrDefault(s => s.Subscriber.Id == id)
                    ?? throw new DeskDecisionException($"{FieldEntry.Shorten(id)} is not in the subscriber register.");
                var list = await desk.ListSubmissionsAsync(report.Circular.Ref, id, cancellationToken);
                var replies = new Dictionary<string, LedgerStage?>(StringComparer.Ordinal);
                foreach (var key in list.Where(s => s.Source == SubmissionSources.Mail).Select(s => s.MessageKey).Distinct(StringComparer.Ordinal).Take(50))
                {
                    replies[key] = await ledger.FindStageAsync(key, cancellationToken);
                }

                var model = new SubscriberPageModel(report, standing, list, await reminders.SentToAsync(report.Circular.Ref, id, cancellationToken), replies,
                    await desk.DecisionsAsync(report.Circular.Ref, cancellationToken), catalog);
                await HtmlAsync(context, SubscriberPage.Render(model, user, Tokens(context, user), Flash(query)));
                return;
            }

            case "/review":
            {
                var circularRef = query["circular"].ToString() is { Length: > 0 } given ? given : null;
                var items = await review.ListAsync(circularRef, includeSettled: false, cancellationToken);
                var enterCircular = circularRef ?? (await circulars.ListAsync(cancellationToken)).OrderByDescending(c => c.Issued).Select(c => c.Ref).FirstOrDefault() ?? "";
                await HtmlAsync(context, ReviewPage.Render(items, await register.ListAsync(cancellationToken), circularRef, enterCircular, user, Tokens(context, user), Flash(query)));
                return;
            }

            case "/enter":
                await HtmlAsync(context, EntryPage.Render(await EntryModelAsync(query, cancellationToken), user, Tokens(context, user)));
                return;
            case "/file":
            {
                var (name, content, _) = await OriginalAsync(query, cancellationToken);
                await DownloadAsync(context, name, "application/octet-stream", content);
                return;
            }

            case "/preview":
            {
                var (name, content, circularRef) = await OriginalAsync(query, cancellationToken);
                var href = query["review"].ToString() is { Length: > 0 } reviewId ? DeskPaths.ReviewFile(reviewId) : DeskPaths.SubmissionFile(query["circular"]!, query["submission"]!);
                await HtmlAsync(context, PreviewPage.Render(name, href, reader.Preview(content), user, circularRef));
                return;
            }

            case "/report.json":
            {
                var report = await ReportAsync(query["circular"], cancellationToken);
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(ReportJson.Write(report, indented: true), cancellationToken);
                return;
            }

            case "/tracker.xlsx":
            {
                var report = await ReportAsync(query["circular"], cancellationToken);
                using var tracker = new MemoryStream();
                TrackerWorkbook.Write(tracker, report);
                await DownloadAsync(context, $"{report.Circular.Ref.Replace('/', '-')} tracker.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tracker.ToArray());
                return;
            }

            default:
                await RefuseAsync(context, StatusCodes.Status404NotFound, "No such page on the service desk.", user);
                return;
        }
    }

    // ------------------------------------------------------------------------------------------ decisions

    private async Task PostAsync(HttpContext context, DeskUser user, string path, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        string Field(string name) => form[name].ToString();
        string? Optional(string name) => form[name].ToString() is { Length: > 0 } value ? value : null;
        switch (path)
        {
            case "/correct":
            {
                var circularRef = Required(Field("circular"), "circular");
                var submission = await desk.FindSubmissionAsync(Required(Field("submission"), "submission"), circularRef, cancellationToken);
                var definition = catalog.Find(submission.Form) ?? throw new DeskDecisionException($"no {submission.Form} form is known.");
                var circular = await CircularAsync(circularRef, cancellationToken);
                var posted = FieldInputs.Read(definition, circular.Services, form);
                var current = submission.Fields;
                var set = posted.Where(p => p.Value is not null && p.Value != FieldInputs.TextOf(current, p.Key)).Select(p => $"{p.Key}={p.Value}").ToList();
                var unset = posted.Where(p => p.Value is null && FieldInputs.TextOf(current, p.Key) is not null).Select(p => p.Key).ToList();
                if (set.Count == 0 && unset.Count == 0)
                {
                    throw new DeskDecisionException("Nothing was changed, so there is nothing to correct.");
                }

                await desk.CorrectAsync(submission.Id, set, unset, Optional("note"), user.Name, cancellationToken, circular.Ref);
                Redirect(context, DeskPaths.Subscriber(circular.Ref, submission.SubscriberId), "corrected", "form-" + submission.Form);
                return;
            }

            case "/enter":
            {
                var circular = await CircularAsync(Required(Field("circular"), "circular"), cancellationToken);
                var formName = Required(Field("form"), "form");
                var definition = catalog.Find(formName) ?? throw new DeskDecisionException($"no {FieldEntry.Shorten(formName)} form is known.");
                var values = FieldInputs.Read(definition, circular.Services, form).Where(p => p.Value is not null).Select(p => $"{p.Key}={p.Value}").ToList();
                var file = form.Files.GetFile("file");
                (string, byte[])? evidence = null;
                if (file is { Length: > 0 })
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, cancellationToken);
                    evidence = (file.FileName, buffer.ToArray());
                }

                var subscriberId = Required(Field("subscriber"), "subscriber");
                var result = await desk.EnterAsync(new DeskEntry
                {
                    CircularRef = circular.Ref,
                    SubscriberId = subscriberId,
                    Form = formName,
                    ReceivedAt = HongKongTimeText(Optional("received")),
                    Set = values,
                    Note = Optional("note"),
                    File = evidence,
                    ReviewId = Optional("review"),
                    By = user.Name,
                }, cancellationToken);
                Redirect(context, DeskPaths.Subscriber(circular.Ref, result.Submission.SubscriberId), "entered", "form-" + result.Submission.Form);
                return;
            }

            case "/note":
            {
                var note = await desk.AddNoteAsync(Required(Field("circular"), "circular"), Required(Field("subscriber"), "subscriber"), Optional("text"), user.Name, cancellationToken);
                Redirect(context, DeskPaths.Subscriber(note.CircularRef, note.SubscriberId), "noted", "notes");
                return;
            }

            case "/reminders":
            {
                var pause = Field("action") switch
                {
                    "pause" => true,
                    "resume" => false,
                    _ => throw new DeskDecisionException("Say whether to pause or resume."),
                };
                var hold = await desk.HoldRemindersAsync(Required(Field("circular"), "circular"), Required(Field("subscriber"), "subscriber"), Optional("form"), pause, Optional("note"), user.Name, cancellationToken);
                Redirect(context, DeskPaths.Subscriber(hold.CircularRef, hold.SubscriberId), pause ? "paused" : "resumed", null);
                return;
            }

            case "/review/accept":
            {
                var decision = await review.AcceptAsync(Required(Field("id"), "review item"), Required(Field("subscriber"), "subscriber"), null, Optional("note"), cancellationToken, user.Name);
                Redirect(context, DeskPaths.Review(decision.Item.CircularRef), "accepted", null);
                return;
            }

            case "/review/dismiss":
            {
                var decision = await review.DismissAsync(Required(Field("id"), "review item"), Field("note"), cancellationToken, user.Name);
                Redirect(context, DeskPaths.Review(decision.Item.CircularRef), "dismissed", null);
                return;
            }

            default:
                await RefuseAsync(context, StatusCodes.Status404NotFound, "No such action on the service desk.", user);
                return;
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private async Task<EntryPageModel> EntryModelAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var circular = await CircularAsync(query["circular"], cancellationToken);
        ReviewItem? item = null;
        if (query["review"].ToString() is { Length: > 0 } reviewId)
        {
            item = (await reviewItems.FindAsync(reviewId, cancellationToken))?.Item ?? throw new DeskDecisionException($"no review item {FieldEntry.Shorten(reviewId)}.");
            if (!item.IsOpen)
            {
                throw new DeskDecisionException($"review item {item.Id} was already {item.Resolution}.");
            }
        }

        var formName = query["form"].ToString() is { Length: > 0 } f ? f : null;
        var definition = formName is null ? null : circular.Form(formName) is null ? throw new DeskDecisionException($"circular {circular.Ref} asks for no {FieldEntry.Shorten(formName)} form.") : catalog.Find(formName);
        var subscriberId = query["subscriber"].ToString() is { Length: > 0 } s ? s.ToUpperInvariant() : null;
        if (subscriberId is null && item is not null)
        {
            // The sender's registered subscriber, when the register knows it, saves the person a choice.
            var match = await register.MatchSenderAsync(item.From, cancellationToken);
            subscriberId = match.SubscriberIds.Count == 1 ? match.SubscriberIds[0] : null;
        }

        // A Word or Excel file the reader could read at least partly fills the form in; a scan fills nothing.
        var prefill = Forms.Values.FormFields.Empty;
        if (item?.Blob is { } blob && definition is not null && await archive.ReadAsync(blob, cancellationToken) is { } content)
        {
            var reading = reader.Read(item.AttachmentName ?? "attachment", content, circular);
            if (reading.Form == definition.Form)
            {
                prefill = reading.Fields;
            }
        }

        return new EntryPageModel(circular, await register.ListAsync(cancellationToken), subscriberId, definition, item, prefill);
    }

    private async Task<(string Name, byte[] Content, string? CircularRef)> OriginalAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        string? blob;
        string name;
        string? circularRef = null;
        if (query["review"].ToString() is { Length: > 0 } reviewId)
        {
            var item = (await reviewItems.FindAsync(reviewId, cancellationToken))?.Item ?? throw new DeskDecisionException($"no review item {FieldEntry.Shorten(reviewId)}.");
            (blob, name, circularRef) = (item.Blob, item.AttachmentName ?? "attachment", item.CircularRef);
        }
        else
        {
            var submission = await submissions.FindAsync(Required(query["submission"], "submission"), Required(query["circular"], "circular"), cancellationToken)
                ?? throw new DeskDecisionException("no such submission.");
            (blob, name, circularRef) = (submission.AttachmentBlob, submission.AttachmentName, submission.CircularRef);
        }

        if (string.IsNullOrEmpty(blob))
        {
            throw new DeskDecisionException("there is no file kept for it.");
        }

        var content = await archive.ReadAsync(blob, cancellationToken) ?? throw new DeskDecisionException("the file is no longer in storage.");
        return (name.Length == 0 ? "attachment" : name, content, circularRef);
    }

    private async Task<ComplianceReport> ReportAsync(string? circularRef, CancellationToken cancellationToken)
    {
        var circular = await CircularAsync(circularRef, cancellationToken);
        return await reports.BuildAsync(circular.Ref, clock.GetUtcNow(), cancellationToken) ?? throw new DeskDecisionException($"no circular {circular.Ref}.");
    }

    private async Task<Circular> CircularAsync(string? circularRef, CancellationToken cancellationToken)
    {
        var reference = Required(circularRef, "circular");
        return await circulars.FindAsync(reference, cancellationToken) ?? throw new DeskDecisionException($"no circular {FieldEntry.Shorten(reference)}.");
    }

    private static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DeskDecisionException($"Say which {what}.") : value.Length > 300 ? throw new DeskDecisionException($"The {what} is too long.") : value.Trim();

    /// <summary>"2023-11-27 16:30" as Hong Kong time, or an ISO 8601 time with its offset.</summary>
    internal static DateTimeOffset? HongKongTimeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParseExact(value, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, HongKongTime.Offset);
        }

        throw new DeskDecisionException($"'{FieldEntry.Shorten(value)}' is not a time: write it as 2023-11-27 16:30 (Hong Kong time).");
    }

    private (string Field, string Token) Tokens(HttpContext context, DeskUser user)
    {
        if (!user.CanWrite)
        {
            return ("", "");
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return (tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static string? Flash(IQueryCollection query) => s_done.GetValueOrDefault(query["done"].ToString());

    private static void Redirect(HttpContext context, string location, string done, string? anchor)
    {
        var hash = location.IndexOf('#', StringComparison.Ordinal);
        var target = (hash >= 0 ? location[..hash] : location) + (location.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "done=" + done + (anchor is null ? "" : "#" + anchor);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = target;
    }

    private static string? BackLink(HttpRequest request) =>
        request.Query["circular"].ToString() is { Length: > 0 } circular ? DeskPaths.Circular(circular) : null;

    /// <summary>
    /// A change must come from the desk's own page. Browsers say where a request came from
    /// (Sec-Fetch-Site, Origin); a request from another site is refused before its token is even read.
    /// </summary>
    internal static bool SameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (site == "same-origin" && origin is "" or "null")
        {
            // The browser itself says the page was the desk's own (a privacy setting may hide the origin).
            return true;
        }

        if (origin.Length == 0)
        {
            return true;
        }

        if (origin == "null" || !Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            return false;
        }

        var hosts = new[] { request.Host.Value, request.Headers["X-Forwarded-Host"].ToString(), request.Headers["X-Original-Host"].ToString() };
        return hosts.Any(h => !string.IsNullOrEmpty(h) && string.Equals(h, from.Authority, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLoopbackHost(HttpRequest request) =>
        request.Host.Host is "127.0.0.1" or "localhost" or "[::1]";

    private static string Relative(PathString path)
    {
        var value = path.Value ?? "";
        return value.StartsWith(DeskPaths.Root, StringComparison.OrdinalIgnoreCase) ? value[DeskPaths.Root.Length..] : value;
    }

    private static void SecurityHeaders(HttpResponse response, string policy)
    {
        response.Headers.ContentSecurityPolicy = policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        // The desk's own pages still name their origin to the desk (the cross-site check reads it); other sites learn nothing.
        response.Headers["Referrer-Policy"] = "same-origin";
        response.Headers.CacheControl = "no-store";
    }

    private static async Task HtmlAsync(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>An original is always a download, never shown in the page: whatever it holds, the browser does not render it.</summary>
    private static async Task DownloadAsync(HttpContext context, string name, string contentType, byte[] content)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        var response = context.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        response.ContentLength = content.Length;
        await response.Body.WriteAsync(content, context.RequestAborted);
    }

    private async Task RefuseAsync(HttpContext context, int status, string message, DeskUser? user = null, string? back = null)
    {
        context.Response.StatusCode = status;
        var body = new StringBuilder("<h1>").Append(status switch { 401 => "Sign in", 403 => "Not allowed", 404 => "Not found", _ => "Not done" }).Append("</h1>");
        if (back is not null)
        {
            body.Append("<p><a href=\"").Append(DeskHtml.E(back)).Append("\">Back</a></p>");
        }

        SecurityHeaders(context.Response, DeskHtml.ContentSecurityPolicy);
        await HtmlAsync(context, user is null
            ? $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Service desk</title></head><body><p role=\"alert\" id=\"error\">{DeskHtml.E(message)}</p></body></html>"
            : DeskHtml.Page("Not done", user, null, body.ToString(), error: message));
    }

    [LoggerMessage(EventId = 601, Level = LogLevel.Error, Message = "Desk failed on {Method} {Path}")]
    private static partial void LogFailed(ILogger logger, string method, PathString path, Exception exception);

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Desk refused {Method} {Path} from {User}: {Why}")]
    private static partial void LogRefused(ILogger logger, string user, string method, PathString path, string why);
}

using System.Text;
using HsnForms.Desk.Security;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;
using HsnForms.Intake;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;
using static HsnForms.Desk.Pages.DeskHtml;

namespace HsnForms.Desk.Pages;

/// <summary>What a subscriber's page shows: its standing, every submission, the mail it was sent, and the desk's decisions.</summary>
internal sealed record SubscriberPageModel(
    ComplianceReport Report,
    SubscriberStanding Standing,
    IReadOnlyList<Submission> Submissions,
    IReadOnlyList<SentReminder> Reminders,
    IReadOnlyDictionary<string, LedgerStage?> Replies,
    DeskRecord Decisions,
    FormCatalog Catalog);

/// <summary>
/// A subscriber's page: each form's status, every submission with its fields and how each was found,
/// the original file (download and preview), the replies and reminders sent, the notes, and the forms to
/// correct, enter, note and pause. The latest submission of each form opens ready to correct, so a
/// misread field is put right from the circular's page in two actions: its status, then Save.
/// </summary>
internal static class SubscriberPage
{
    public static string Render(SubscriberPageModel model, DeskUser user, (string Field, string Token) antiforgery, string? flash)
    {
        var circular = model.Report.Circular;
        var standing = model.Standing;
        var subscriber = standing.Subscriber;
        var html = new StringBuilder();
        html.Append("<h1><span class=\"ref\">").Append(E(subscriber.Id)).Append("</span> ").Append(E(subscriber.Name)).Append("</h1>\n")
            .Append("<p class=\"meta\">Circular ").Append(E(circular.Ref)).Append(" · as of ").Append(When(model.Report.AsOf))
            .Append(" · registered addresses: ").Append(E(string.Join(", ", subscriber.Emails.Concat(subscriber.Domains.Select(d => "@" + d))))).Append("</p>\n");

        html.Append("<table class=\"grid\" id=\"standing\"><thead><tr><th scope=\"col\">Form</th><th scope=\"col\">Status</th><th scope=\"col\">Received</th><th scope=\"col\">Reminders</th></tr></thead><tbody>\n");
        foreach (var f in standing.Forms)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"#form-").Append(E(f.Form)).Append("\">").Append(E(Title(f.Form))).Append("</a></th><td>")
                .Append(Status(f.Status, ReportText.StatusWord(f.Status)));
            if (f.Source == SubmissionSources.Desk)
            {
                html.Append("<span class=\"desk\">entered</span>");
            }

            if (f.Corrected)
            {
                html.Append("<span class=\"desk\">corrected</span>");
            }

            html.Append("</td><td>").Append(f.ReceivedAt is { } at ? When(at) : "").Append("</td><td>")
                .Append(f.RemindersPaused ? "<span class=\"paused\">paused</span>" : "active").Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");

        if (user.CanWrite)
        {
            Actions(html, model, antiforgery);
        }

        Notes(html, standing);
        foreach (var form in circular.Forms)
        {
            FormSection(html, model, form.Form, user, antiforgery);
        }

        Mail(html, model);
        return Page($"{subscriber.Id} {subscriber.Name}", user, circular.Ref, html.ToString(), flash);
    }

    private static void Actions(StringBuilder html, SubscriberPageModel model, (string Field, string Token) antiforgery)
    {
        var circular = model.Report.Circular;
        var id = model.Standing.Subscriber.Id;
        html.Append("<div class=\"actions\">\n");

        html.Append("<form class=\"card\" method=\"post\" action=\"").Append(E(DeskPaths.Note)).Append("\" id=\"note-form\"><h3>Add a note</h3>")
            .Append(Token(antiforgery.Field, antiforgery.Token)).Append(Hidden("circular", circular.Ref)).Append(Hidden("subscriber", id))
            .Append("<div class=\"row\"><label for=\"note-text\">Note</label><textarea id=\"note-text\" name=\"text\" maxlength=\"").Append(Count(DeskText.NoteLength))
            .Append("\" required placeholder=\"Chased by phone; will send the result form tomorrow.\"></textarea></div>")
            .Append("<button type=\"submit\" class=\"primary\" id=\"note-save\">Save note</button></form>\n");

        html.Append("<form class=\"card\" method=\"post\" action=\"").Append(E(DeskPaths.Reminders)).Append("\" id=\"reminders-form\"><h3>Reminders</h3>")
            .Append(Token(antiforgery.Field, antiforgery.Token)).Append(Hidden("circular", circular.Ref)).Append(Hidden("subscriber", id))
            .Append("<div class=\"row\"><label for=\"reminders-form-select\">Form</label><select id=\"reminders-form-select\" name=\"form\"><option value=\"\">every form</option>");
        foreach (var form in circular.Forms)
        {
            html.Append("<option value=\"").Append(E(form.Form)).Append("\">").Append(E(Title(form.Form))).Append("</option>");
        }

        html.Append("</select></div><div class=\"row\"><label for=\"reminders-note\">Why</label><input type=\"text\" id=\"reminders-note\" name=\"note\" maxlength=\"")
            .Append(Count(DeskText.NoteLength)).Append("\"></div>")
            .Append("<button type=\"submit\" name=\"action\" value=\"pause\" id=\"reminders-pause\">Pause reminders</button> ")
            .Append("<button type=\"submit\" name=\"action\" value=\"resume\" id=\"reminders-resume\">Resume reminders</button></form>\n");

        html.Append("<div class=\"card\"><h3>Enter a form that came another way</h3><p class=\"meta\">A fax, a scan, a call confirmed in writing.</p>");
        foreach (var form in circular.Forms)
        {
            html.Append("<p><a id=\"enter-").Append(E(form.Form)).Append("\" href=\"").Append(E(DeskPaths.Enter(circular.Ref, id, form.Form))).Append("\">Enter ")
                .Append(E(Title(form.Form).ToLowerInvariant())).Append("</a></p>");
        }

        html.Append("</div>\n</div>\n");
    }

    private static void Notes(StringBuilder html, SubscriberStanding standing)
    {
        html.Append("<h2 id=\"notes\">Notes</h2>\n");
        if (standing.Notes.Count == 0)
        {
            html.Append("<p class=\"meta\">No notes yet.</p>\n");
            return;
        }

        html.Append("<ul class=\"notes\">");
        foreach (var note in standing.Notes.Reverse())
        {
            html.Append("<li><span class=\"note-text\">").Append(E(note.Text)).Append("</span><span class=\"sub\">").Append(E(note.By)).Append(", ").Append(When(note.At)).Append("</span></li>");
        }

        html.Append("</ul>\n");
    }

    private static void FormSection(StringBuilder html, SubscriberPageModel model, string formName, DeskUser user, (string Field, string Token) antiforgery)
    {
        var circular = model.Report.Circular;
        var standing = model.Standing[formName];
        var definition = model.Catalog.Find(formName);
        var submissions = model.Submissions.Where(s => s.Form == formName).OrderByDescending(s => s.ReceivedAt).ToList();
        html.Append("<h2 id=\"form-").Append(E(formName)).Append("\">").Append(E(Title(formName))).Append(' ')
            .Append(standing is null ? "" : Status(standing.Status, ReportText.StatusWord(standing.Status))).Append("</h2>\n");
        if (standing is { Problems.Count: > 0 })
        {
            foreach (var problem in standing.Problems)
            {
                html.Append("<p class=\"problem\">").Append(E(problem)).Append("</p>");
            }
        }

        if (submissions.Count == 0)
        {
            html.Append("<p class=\"meta\">Nothing received.</p>\n");
            return;
        }

        var first = true;
        foreach (var submission in submissions)
        {
            var shown = standing?.Shown?.Id == submission.Id;
            html.Append("<section class=\"card").Append(shown ? " shown" : "").Append("\" id=\"submission-").Append(E(submission.Id)).Append("\">")
                .Append("<h3>Received ").Append(When(submission.ReceivedAt)).Append(' ')
                .Append(Status(submission.Complete ? "complete" : "incomplete", submission.Complete ? "Complete" : "Incomplete"));
            if (submission.Source == SubmissionSources.Desk)
            {
                html.Append("<span class=\"desk\">entered by ").Append(E(submission.EnteredBy)).Append("</span>");
            }

            if (submission.Corrected)
            {
                html.Append("<span class=\"desk\">corrected</span>");
            }

            html.Append("</h3><p class=\"meta\">");
            html.Append(submission.Source == SubmissionSources.Desk
                ? $"Entered on the service desk by {E(submission.EnteredBy)}: {E(submission.EntryNote)}"
                : $"From {E(submission.From)} · “{E(submission.Subject)}”");
            if (submission.AcceptedAt is { } accepted && submission.Source != SubmissionSources.Desk)
            {
                html.Append(" · accepted from review ").Append(When(accepted));
            }

            html.Append(shown ? " · <strong>its values are the ones shown in the report</strong>" : "").Append(" · id <code>").Append(E(submission.Id)).Append("</code></p>");
            if (submission.AttachmentBlob.Length > 0)
            {
                html.Append("<p>File <strong>").Append(E(submission.AttachmentName)).Append("</strong>: <a href=\"").Append(E(DeskPaths.SubmissionFile(circular.Ref, submission.Id)))
                    .Append("\">download</a> · <a href=\"").Append(E(DeskPaths.SubmissionPreview(circular.Ref, submission.Id))).Append("\">preview as read</a></p>");
            }

            Fields(html, submission, definition);
            foreach (var problem in submission.Problems)
            {
                html.Append("<p class=\"problem\">").Append(E(problem.Message)).Append("</p>");
            }

            foreach (var correction in submission.Corrections)
            {
                html.Append("<p class=\"meta\">Corrected ").Append(E(string.Join(", ", correction.Keys))).Append(" by ").Append(E(correction.By)).Append(", ")
                    .Append(When(correction.At)).Append(": ").Append(E(correction.Note)).Append("</p>");
            }

            if (user.CanWrite && definition is not null)
            {
                // The latest submission opens ready to correct: a misread value is one change and one Save away.
                html.Append("<details").Append(first ? " open" : "").Append("><summary>Correct this form</summary>")
                    .Append("<form method=\"post\" action=\"").Append(E(DeskPaths.Correct)).Append("\" class=\"correct-form\">")
                    .Append(Token(antiforgery.Field, antiforgery.Token)).Append(Hidden("circular", circular.Ref)).Append(Hidden("submission", submission.Id))
                    .Append(FieldInputs.Editors(definition, circular.Services, submission.Fields, "c-" + submission.ContentHash[..8]))
                    .Append("<div class=\"row\"><label for=\"c-note-").Append(E(submission.ContentHash[..8])).Append("\">Why</label><input type=\"text\" required id=\"c-note-")
                    .Append(E(submission.ContentHash[..8])).Append("\" name=\"note\" maxlength=\"").Append(Count(DeskText.NoteLength))
                    .Append("\" placeholder=\"Misread: the form ticks 'will participate'.\"></div>")
                    .Append("<button type=\"submit\" class=\"primary\">Save correction</button></form></details>");
            }

            html.Append("</section>\n");
            first = false;
        }
    }

    private static void Fields(StringBuilder html, Submission submission, FormDefinition? definition)
    {
        var fields = submission.Fields;
        html.Append("<table class=\"grid fields\"><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th><th scope=\"col\">How it was found</th></tr></thead><tbody>");
        var keys = (definition?.Fields.Select(f => f.Key) ?? []).Concat(fields.Keys).Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var value = fields[key];
            html.Append("<tr data-key=\"").Append(E(key)).Append("\"><th scope=\"row\">").Append(E(definition?.Field(key)?.Label ?? key)).Append("</th><td class=\"value\">")
                .Append(value is not null ? E(FieldInputs.Display(value)) : "<span class=\"meta\">—</span>").Append("</td><td>").Append(E(HowFound(submission, key, value))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    /// <summary>Where a value came from: how the reader found it in the file, a desk entry, or a person's correction (the latest wins).</summary>
    private static string HowFound(Submission submission, string key, FieldValue? value)
    {
        var correction = submission.Corrections.LastOrDefault(c => c.Keys.Contains(key, StringComparer.Ordinal));
        if (correction is not null)
        {
            return $"desk: {(value is null ? "removed" : "corrected")} by {correction.By}, {HongKongTime.Readable(correction.At)}";
        }

        if (submission.Source == SubmissionSources.Desk)
        {
            return value is null ? "" : $"desk: entered by {submission.EnteredBy}";
        }

        return value?.Source switch
        {
            null => "not found in the file",
            FieldSource.Control => "from a form control named for it",
            FieldSource.DefinedName => "from a cell the workbook names for it",
            FieldSource.Label => "beside or under its printed label",
            FieldSource.Phrase => "from a sentence that says it",
            FieldSource.Inferred => "inferred from the layout (no label or control names it)",
            FieldSource.Desk => "desk",
            _ => "read from the file",
        };
    }

    private static void Mail(StringBuilder html, SubscriberPageModel model)
    {
        html.Append("<h2 id=\"mail\">Replies and reminders sent</h2>\n<table class=\"grid\" id=\"sent\"><thead><tr><th scope=\"col\">What</th><th scope=\"col\">To</th><th scope=\"col\">When</th></tr></thead><tbody>");
        var any = false;
        foreach (var submission in model.Submissions.Where(s => s.Source == SubmissionSources.Mail).DistinctBy(s => s.MessageKey))
        {
            if (model.Replies.TryGetValue(submission.MessageKey, out var stage) && stage >= LedgerStage.Acknowledged)
            {
                any = true;
                html.Append("<tr><td>Reply to “").Append(E(submission.Subject)).Append("”</td><td>").Append(E(submission.From)).Append("</td><td>")
                    .Append(When(submission.ReceivedAt)).Append(" (mail received)</td></tr>");
            }
        }

        foreach (var reminder in model.Reminders)
        {
            any = true;
            html.Append("<tr><td>").Append(E(reminder.Kind == "overdue" ? "Overdue reminder" : "Reminder")).Append(": ").Append(E(Title(reminder.Form).ToLowerInvariant()))
                .Append(reminder.State == "sent" ? "" : " (" + E(reminder.State) + ")").Append("</td><td>").Append(E(string.Join(", ", reminder.To))).Append("</td><td>")
                .Append(reminder.SentAt is { } sentAt ? When(sentAt) : "").Append("</td></tr>");
        }

        if (!any)
        {
            html.Append("<tr><td colspan=\"3\" class=\"meta\">Nothing sent yet.</td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    internal static string Title(string form) => form.Length == 0 ? form : char.ToUpperInvariant(form[0]) + form[1..].Replace('_', ' ') + " form";
}

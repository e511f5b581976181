using System.Text.Json;
using HsnForms.Desk;
using HsnForms.Desk.Security;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Values;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;
using Microsoft.AspNetCore.Http;

namespace HsnForms.UnitTests;

/// <summary>
/// The service desk's decisions and what each does to a report at moments before and after it: a
/// decision shows only from when it was made, and statuses always follow when the form was received.
/// </summary>
public sealed class DeskDecisionTests
{
    private static readonly Subscriber s_acme = new("HSN0427", "Acme Securities Ltd", ["tm.chan@acme.com.hk"], [], ["OTP-C", "OMD-C"]);

    private static DateTimeOffset Hkt(int day, int hour, int minute = 0) => new(2023, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static readonly string s_complete = """{"subscriber_name":"Acme Securities Ltd","subscriber_id":"HSN0427","contact_name":"Chan Tai Man","contact_phone":"+852 2211 6080","contact_email":"tm.chan@acme.com.hk","participate":true,"services":["OTP-C"]}""";

    private static Submission Intention(DateTimeOffset received, string fields, bool complete, params FormProblem[] problems) => new()
    {
        CircularRef = "HDS/23/1109",
        SubscriberId = "HSN0427",
        Form = "intention",
        Complete = complete,
        ReceivedAt = received,
        MessageKey = "m1",
        From = "tm.chan@acme.com.hk",
        AttachmentName = "intention.docx",
        AttachmentBlob = "",
        ContentHash = "c1",
        FieldsJson = fields,
        Problems = problems,
    };

    private static Correction Correct(Submission s, DateTimeOffset at, string set, params string[] unset) => new()
    {
        Id = DecisionStore.NewId("correction", at),
        CircularRef = "HDS/23/1109",
        SubmissionId = s.Id,
        SubscriberId = s.SubscriberId,
        Form = s.Form,
        SetJson = set,
        Unset = unset,
        Note = "misread",
        By = "Wong Siu Ming",
        At = at,
    };

    private static ComplianceReport Report(DateTimeOffset asOf, IEnumerable<Submission> submissions, DeskRecord desk) =>
        ComplianceReport.Build(Circular.Default, asOf, [s_acme], submissions, [], desk: desk);

    [Fact]
    public void A_correction_that_completes_a_form_shows_only_from_its_moment_and_the_status_follows_the_received_time()
    {
        // Received on time without participation (the reader missed the tick); corrected after the deadline.
        var reading = Intention(Hkt(23, 9), s_complete.Replace("\"participate\":true,", "", StringComparison.Ordinal), complete: false,
            new FormProblem("participate", ProblemCodes.Missing, "Neither choice is marked."));
        var desk = new DeskRecord([Correct(reading, Hkt(26, 10), """{"participate":true}""")], [], []);

        var before = Report(Hkt(26, 9), [reading], desk).Subscribers[0]["intention"]!;
        var after = Report(Hkt(26, 11), [reading], desk).Subscribers[0]["intention"]!;

        Assert.Equal(("incomplete", false), (before.Status, before.Corrected));
        Assert.Equal(("on_time", true), (after.Status, after.Corrected));
        Assert.Equal(Hkt(23, 9), after.ReceivedAt);
        Assert.Equal(FieldSource.Desk, after.Shown!.Fields.SourceOf("participate"));
        Assert.Empty(after.Shown.Problems);
    }

    [Fact]
    public void A_correction_can_make_a_form_incomplete_and_unset_values_are_gone()
    {
        var reading = Intention(Hkt(23, 9), s_complete, complete: true);
        var desk = new DeskRecord([Correct(reading, Hkt(24, 10), "{}", "contact_phone")], [], []);

        var after = Report(Hkt(25, 9), [reading], desk).Subscribers[0]["intention"]!;

        Assert.Equal("incomplete", after.Status);
        Assert.Contains(after.Problems, p => p.Contains("Telephone", StringComparison.Ordinal) || p.Contains("not filled", StringComparison.Ordinal));
        Assert.Equal("on_time", Report(Hkt(24, 9), [reading], desk).Subscribers[0]["intention"]!.Status);
    }

    [Fact]
    public void Declining_by_correction_makes_the_result_form_not_required_from_then_on()
    {
        var reading = Intention(Hkt(23, 9), s_complete, complete: true);
        var desk = new DeskRecord([Correct(reading, Hkt(28, 10), """{"participate":false}""", "services")], [], []);

        Assert.Equal("missing", Report(Hkt(28, 9), [reading], desk).Subscribers[0]["result"]!.Status);
        Assert.Equal("not_required", Report(Hkt(28, 11), [reading], desk).Subscribers[0]["result"]!.Status);
    }

    [Fact]
    public void A_desk_entry_counts_from_when_it_was_entered_with_the_status_of_when_it_was_received()
    {
        var entry = Intention(Hkt(24, 16, 30), s_complete, complete: true) with { Source = SubmissionSources.Desk, AcceptedAt = Hkt(27, 10), EnteredBy = "Lee Ka Yan" };

        var before = Report(Hkt(27, 9), [entry], DeskRecord.Empty).Subscribers[0]["intention"]!;
        var after = Report(Hkt(27, 11), [entry], DeskRecord.Empty).Subscribers[0]["intention"]!;

        Assert.Equal(("missing", null), (before.Status, before.Source));
        Assert.Equal(("on_time", "desk"), (after.Status, after.Source));
    }

    [Fact]
    public void Notes_and_pauses_show_from_when_they_were_made_and_the_latest_hold_covering_a_form_decides()
    {
        var note = new DeskNote { Id = "n1", CircularRef = "HDS/23/1109", SubscriberId = "HSN0427", Text = "Chased by phone", By = "Wong", At = Hkt(25, 10) };
        ReminderHold Hold(string id, string? form, bool paused, DateTimeOffset at) => new() { Id = id, CircularRef = "HDS/23/1109", SubscriberId = "HSN0427", Form = form, Paused = paused, By = "Wong", At = at };
        var desk = new DeskRecord([], [note], [Hold("h1", null, true, Hkt(25, 11)), Hold("h2", "result", false, Hkt(26, 11))]);

        var early = Report(Hkt(25, 9), [], desk).Subscribers[0];
        var paused = Report(Hkt(25, 12), [], desk).Subscribers[0];
        var partly = Report(Hkt(26, 12), [], desk).Subscribers[0];

        Assert.Empty(early.Notes);
        Assert.All(early.Forms, f => Assert.False(f.RemindersPaused));
        Assert.Equal("Chased by phone", Assert.Single(paused.Notes).Text);
        Assert.All(paused.Forms, f => Assert.True(f.RemindersPaused));
        Assert.True(partly["intention"]!.RemindersPaused);
        Assert.False(partly["result"]!.RemindersPaused);

        var json = JsonDocument.Parse(ReportJson.Write(Report(Hkt(26, 12), [], desk))).RootElement.GetProperty("subscribers")[0];
        Assert.True(json.GetProperty("reminders_paused").GetProperty("intention").GetBoolean());
        Assert.False(json.GetProperty("reminders_paused").GetProperty("result").GetBoolean());
        Assert.True(JsonDocument.Parse(ReportJson.Write(Report(Hkt(25, 12), [], desk))).RootElement.GetProperty("subscribers")[0].GetProperty("reminders_paused").GetBoolean());
        Assert.Equal("2023-11-25T10:00:00+08:00", json.GetProperty("notes")[0].GetProperty("at").GetString());
    }

    [Fact]
    public void A_paused_subscriber_is_listed_as_paused_by_the_planner_and_the_digest_never_reminded()
    {
        var desk = new DeskRecord([], [], [new ReminderHold { Id = "h", CircularRef = "HDS/23/1109", SubscriberId = "HSN0427", Paused = true, By = "Wong", At = Hkt(20, 9) }]);
        var moment = Hkt(25, 9, 5);

        var plan = ReminderPlanner.Plan(Report(moment, [], desk), moment);
        var unpaused = ReminderPlanner.Plan(Report(moment, [], DeskRecord.Empty), moment);

        // The intention is overdue and the result two days from its deadline: both due, both paused.
        Assert.Empty(plan.Reminders);
        Assert.Equal([("intention", "overdue"), ("result", "before_due")], plan.Paused.Select(p => (p.Form, p.Kind)).Order());
        Assert.All(plan.Paused, p => Assert.True(p.Paused));
        Assert.True(Assert.Single(Assert.Single(plan.Digests).Outstanding).RemindersPaused);
        Assert.Equal(2, unpaused.Reminders.Count);
        Assert.Empty(unpaused.Paused);
    }

    public static TheoryData<string, string, object> Values() => new()
    {
        { "participate", "true", true },
        { "participate", "No", false },
        { "services", "omd-c; OTP-C", "OTP-C,OMD-C" },
        { "signed_date", "2023-11-24", new DateOnly(2023, 11, 24) },
        { "subscriber_id", "hsn0427", "HSN0427" },
        { "contact_name", "  Chan   Tai\tMan ", "Chan Tai Man" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_are_written_as_forms_md_writes_them(string key, string text, object expected)
    {
        var form = FormCatalog.Default.Find("intention")!;
        var value = FieldEntry.Parse(form.Field(key)!, text, Circular.Default.Services, FormCatalog.Default);

        Assert.Equal(FieldSource.Desk, value.Source);
        Assert.Equal(expected is string s && key == "services" ? s.Split(',') : expected, value.Plain is IReadOnlyList<string> list ? list.ToArray() : value.Plain);
    }

    [Theory]
    [InlineData("intention", "participate", "perhaps")]
    [InlineData("intention", "services", "OTP-C;NOPE")]
    [InlineData("intention", "signed_date", "31/02/2023")]
    [InlineData("intention", "subscriber_id", "ACME1")]
    [InlineData("intention", "contact_email", "chan at acme")]
    [InlineData("intention", "contact_phone", "call me")]
    [InlineData("result", "results", "OTP-C:great")]
    [InlineData("result", "results", "OTP-C")]
    [InlineData("intention", "contact_name", "")]
    public void A_bad_value_is_refused_naming_its_key(string formName, string key, string text)
    {
        var form = FormCatalog.Default.Find(formName)!;
        var refused = Assert.Throws<DeskDecisionException>(() => FieldEntry.Parse(form.Field(key)!, text, Circular.Default.Services, FormCatalog.Default));
        Assert.StartsWith(key + ":", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void What_a_person_types_is_bounded_and_cleaned_never_cut_silently()
    {
        Assert.Throws<DeskDecisionException>(() => DeskText.Required(new string('x', DeskText.NoteLength + 1), "the note", DeskText.NoteLength));
        Assert.Throws<DeskDecisionException>(() => DeskText.Required(new string(' ', 10_000_000), "the note", DeskText.NoteLength));
        Assert.Null(DeskText.Optional(" \t ", "the note", DeskText.NoteLength));
        Assert.Equal("a\nb", DeskText.Required("a\r\nb\u0000\u202E", "the note", DeskText.NoteLength));
        Assert.Equal("Wong Siu Ming", DeskText.Person("  Wong\nSiu   Ming "));
        var longValue = Assert.Throws<DeskDecisionException>(() => FieldEntry.Parse(FormCatalog.Default.Find("result")!.Field("issues")!, new string('x', 5000), Circular.Default.Services, FormCatalog.Default));
        Assert.StartsWith("issues:", longValue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tracker_and_the_page_mark_desk_values_and_show_notes_encoded()
    {
        var reading = Intention(Hkt(23, 9), s_complete, complete: true);
        var note = new DeskNote { Id = "n1", CircularRef = "HDS/23/1109", SubscriberId = "HSN0427", Text = "<script>alert(1)</script> called", By = "Wong", At = Hkt(25, 10) };
        var report = Report(Hkt(28, 9), [reading], new DeskRecord([Correct(reading, Hkt(24, 10), """{"participate":false}""", "services")], [note], []));

        var page = ReportPage.Render(report);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; called", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("class=\"desk\"", page, StringComparison.Ordinal);
        Assert.Equal("No [desk]", ReportText.Desk("No", report.Subscribers[0]["intention"]!.Shown!, "participate"));
        Assert.Contains("called", ReportText.NotesOf(report.Subscribers[0]), StringComparison.Ordinal);
        Assert.Contains("corrected by Wong Siu Ming", ReportText.DeskOf(report.Subscribers[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_service_principal_gives_the_roles_the_platform_signed_and_nothing_for_garbage()
    {
        var json = """{"auth_typ":"aad","name_typ":"preferred_username","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role","claims":[{"typ":"preferred_username","val":"wong@hkex.example"},{"typ":"roles","val":"Desk.Read"},{"typ":"roles","val":"Desk.Write"}]}""";
        var user = DeskIdentity.FromAppService(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), null)!;

        Assert.Equal("wong@hkex.example", user.Name);
        Assert.True(user.CanWrite);
        Assert.Null(DeskIdentity.FromAppService("not base64 !!", null));
        Assert.Null(DeskIdentity.FromAppService(Convert.ToBase64String("[1,2,3]"u8.ToArray()), null));
        var reader = DeskIdentity.FromAppService(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json.Replace(",{\"typ\":\"roles\",\"val\":\"Desk.Write\"}", "", StringComparison.Ordinal))), null)!;
        Assert.True(reader.CanRead);
        Assert.False(reader.CanWrite);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("same-origin", "null", true)]
    [InlineData("same-origin", "http://127.0.0.1:7080", true)]
    [InlineData("cross-site", null, false)]
    [InlineData("same-site", "http://desk.hkex.example", false)]
    [InlineData(null, "https://evil.example", false)]
    [InlineData(null, "null", false)]
    public void Only_the_desks_own_pages_may_post(string? site, string? origin, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("127.0.0.1:7080");
        if (site is not null)
        {
            context.Request.Headers["Sec-Fetch-Site"] = site;
        }

        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        Assert.Equal(allowed, DeskApp.SameOrigin(context.Request));
    }
}

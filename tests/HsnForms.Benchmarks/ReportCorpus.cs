using System.Globalization;
using System.Text.Json.Nodes;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Storage;

namespace HsnForms.Benchmarks;

/// <summary>
/// A circular's records in memory at the size of the issue's target: the register, the submissions with
/// their fields JSON as intake writes it, and review items. Each subscriber follows one of twenty
/// scenarios (on time, late, corrected, incomplete, declined, silent...), two submissions on average, so
/// every status of forms.md appears in the report.
/// </summary>
internal sealed record ReportCorpus(IReadOnlyList<Subscriber> Register, IReadOnlyList<Submission> Submissions, IReadOnlyList<ReviewItem> Review)
{
    private const string CircularRef = "HDS/23/1109";

    private static readonly string[] s_places = ["Harbour", "Victoria", "Kowloon", "Lantau", "Jade", "Peak", "Causeway", "Admiralty", "Tsim Sha Tsui", "Wan Chai", "Stanley", "Sai Kung", "Lotus", "Golden", "Pearl", "Dragon"];
    private static readonly string[] s_kinds = ["Securities", "Futures", "Brokerage", "Capital", "Markets", "Investments", "Asset Management", "Financial"];
    private static readonly string[] s_people = ["Chan Tai Man", "Wong Ka Ming", "Leung Chun Ho", "Ho Mei Ling", "Yeung Hoi Yan", "Lee Siu Fung", "Cheung Wing Sze", "陳大文", "黃嘉明"];
    private static readonly string[][] s_services = [["OTP-C", "OMD-C"], ["OTP-C"], ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], ["OMD-C", "OMD-CC"], ["OTP-C", "OTP-CSC"]];
    private static readonly string[] s_results = ["successful", "successful", "successful", "unsuccessful", "not_tested"];
    private static readonly System.Text.Json.JsonSerializerOptions s_json = new() { Encoder = FormResultJson.WriterOptions.Encoder };

    /// <summary>What each subscriber of a group of twenty sends: (form, day of November, hour, complete, what is wrong).</summary>
    private static readonly (string Form, int Day, int Hour, bool Complete, string? Flaw)[][] s_scenarios =
    [
        [("intention", 21, 10, true, null), ("result", 26, 10, true, null)],
        [("intention", 22, 11, true, null), ("result", 27, 9, true, null)],
        [("intention", 23, 15, true, null), ("result", 25, 17, true, null)],
        [("intention", 24, 23, true, null), ("result", 27, 23, true, null)],
        [("intention", 20, 9, true, null), ("result", 26, 14, true, null)],
        [("intention", 22, 16, true, null), ("result", 27, 12, true, null)],
        [("intention", 23, 10, true, null), ("result", 26, 9, true, null)],
        [("intention", 24, 9, true, null), ("result", 27, 16, true, null)],
        [("intention", 21, 14, true, null), ("result", 25, 20, true, null)],
        [("intention", 22, 9, true, null), ("result", 26, 18, true, null)],
        [("intention", 23, 12, true, null), ("result", 28, 10, true, null)], // result late
        [("intention", 25, 9, true, null), ("result", 27, 11, true, null)], // intention late
        [("intention", 22, 10, false, "missing:contact_phone"), ("intention", 24, 18, true, null)], // corrected; no result yet
        [("intention", 23, 9, true, null), ("result", 27, 10, true, "missing-result")], // result lacks a verified service
        [("intention", 21, 9, true, "decline"), ("result", 26, 9, true, null)], // declined: result not required
        [], // silent: missing both
        [("intention", 20, 10, true, null), ("result", 26, 11, true, null), ("result", 27, 15, true, null)], // result corrected
        [("intention", 24, 12, false, "invalid:contact_email"), ("result", 27, 20, true, null)], // intention never complete
        [("intention", 21, 11, true, null), ("intention", 23, 17, true, null), ("result", 27, 8, true, null)], // intention corrected
        [("intention", 22, 15, true, null), ("result", 27, 13, false, "missing:signed_date")], // result incomplete
    ];

    public static ReportCorpus Build(int subscribers)
    {
        var register = new List<Subscriber>(subscribers);
        var submissions = new List<Submission>(subscribers * 2);
        var review = new List<ReviewItem>();
        for (var i = 0; i < subscribers; i++)
        {
            var id = $"HSN{i:D4}";
            var domain = $"firm{i:D4}.com.hk";
            var name = $"{s_places[i % s_places.Length]} {s_kinds[i / s_places.Length % s_kinds.Length]} Limited";
            var services = s_services[i % s_services.Length];
            register.Add(new Subscriber(id, name, [$"ops@{domain}", $"it.support@{domain}"], i % 3 == 0 ? [domain] : [], services));

            var person = s_people[i % s_people.Length];
            var contact = $"{person.Split(' ')[0].ToLowerInvariant()}.{i:D4}@{domain}";
            var n = 0;
            foreach (var (form, day, hour, complete, flaw) in s_scenarios[i % s_scenarios.Length])
            {
                var received = new DateTimeOffset(2023, 11, day, hour, (i * 7 + (n * 13)) % 60, i % 60, TimeSpan.FromHours(8));
                var fields = Fields(form, id, name, person, contact, services, flaw, i);
                var problems = flaw is not null && flaw.Contains(':', StringComparison.Ordinal)
                    ? [new FormProblem(flaw.Split(':')[1], flaw.Split(':')[0], $"The {flaw.Split(':')[1].Replace('_', ' ')} is {(flaw.StartsWith("missing", StringComparison.Ordinal) ? "missing" : "not valid")}.")]
                    : Array.Empty<FormProblem>();
                var key = Convert.ToHexStringLower(BitConverter.GetBytes(((long)i << 8) | (uint)n)) + "0123456789abcdef";
                var file = form == "intention" ? "Intention Form.docx" : "Result Form.xlsx";
                submissions.Add(new Submission
                {
                    CircularRef = CircularRef,
                    SubscriberId = id,
                    Form = form,
                    Complete = complete,
                    ReceivedAt = received,
                    MessageKey = key,
                    InternetMessageId = $"<{key}@{domain}>",
                    From = $"ops@{domain}",
                    Subject = $"{CircularRef} {(form == "intention" ? "Intention" : "Result")} Form - {name}",
                    AttachmentName = file,
                    AttachmentBlob = $"attachments/2023/11/{day:D2}/{key}/00-{file.Replace(' ', '_')}",
                    ContentHash = key[..32],
                    FieldsJson = fields,
                    Problems = problems,
                });
                n++;
            }

            // One message in twenty-five goes to review: a sender nobody registered, a link, a scan.
            if (i % 25 == 0)
            {
                var reason = (i / 25 % 3) switch { 0 => ReviewReasons.UnknownSender, 1 => ReviewReasons.CloudLink, _ => ReviewReasons.Rejected("unsupported_type") };
                review.Add(new ReviewItem
                {
                    CircularRef = CircularRef,
                    MessageKey = $"review{i:D4}",
                    Attachment = 0,
                    Reason = reason,
                    Detail = $"Kept for review ({reason}).",
                    From = $"someone.{i:D4}@gmail.example",
                    Subject = "Form for the practice session",
                    ReceivedAt = new DateTimeOffset(2023, 11, 20 + (i % 8), 10, 0, 0, TimeSpan.FromHours(8)),
                    AttachmentName = reason == ReviewReasons.CloudLink ? "Intention Form.docx" : "scan.pdf",
                });
            }
        }

        return new ReportCorpus(register, submissions, review);
    }

    /// <summary>The fields JSON of a read form, as intake stores it (the canonical keys of forms.md).</summary>
    private static string Fields(string form, string id, string name, string person, string contact, string[] services, string? flaw, int i)
    {
        var fields = new JsonObject
        {
            ["circular_ref"] = CircularRef,
            ["subscriber_name"] = name,
            ["subscriber_id"] = id,
            ["contact_name"] = person,
        };
        if (flaw != "missing:contact_phone")
        {
            fields["contact_phone"] = string.Create(CultureInfo.InvariantCulture, $"+852 2{i % 1000:D3} {(i * 37) % 10000:D4}");
        }

        fields["contact_email"] = flaw == "invalid:contact_email" ? contact.Replace('@', ' ') : contact;
        if (form == "intention")
        {
            var participate = flaw != "decline";
            fields["participate"] = participate;
            if (participate)
            {
                var list = new JsonArray();
                foreach (var service in services)
                {
                    list.Add(service);
                }

                fields["services"] = list;
            }
        }
        else
        {
            fields["session_date"] = "2023-11-25";
            var results = new JsonObject();
            foreach (var (service, k) in services.Select((s, k) => (s, k)))
            {
                if (flaw == "missing-result" && k == services.Length - 1 && services.Length > 1)
                {
                    continue;
                }

                results[service] = s_results[(i + k) % s_results.Length];
            }

            fields["results"] = results;
            fields["issues"] = i % 4 == 0 ? "Reconnection took longer than expected on the secondary line." : "No issue encountered.";
        }

        fields["signatory_name"] = person;
        if (flaw != "missing:signed_date")
        {
            fields["signed_date"] = form == "intention" ? "2023-11-20" : "2023-11-27";
        }

        return fields.ToJsonString(s_json);
    }
}

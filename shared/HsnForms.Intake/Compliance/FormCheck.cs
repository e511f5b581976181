using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Values;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Compliance;

/// <summary>
/// What one received form gives and lacks, judged once: the reply to its sender and the report both
/// read it from here, so they cannot disagree about whether it is complete or what is missing.
/// </summary>
public sealed record FormCheck(bool Complete, IReadOnlyList<FormFinding> Findings)
{
    /// <summary>
    /// A form is complete when the reader found every required field and, for the result form, it has
    /// a result for every service the subscriber's intention said would be verified. Findings of the
    /// same kind are folded into one (four services without a result are one finding, not four).
    /// </summary>
    public static FormCheck Of(Submission submission, IReadOnlyList<string> promised, FormCatalog catalog)
    {
        var definition = catalog.Find(submission.Form);
        var findings = submission.Problems
            .Where(p => p.Code is ProblemCodes.Missing or ProblemCodes.Invalid)
            .Select(p => FormFinding.Of(p, definition))
            .ToList();

        var unanswered = Unanswered(submission, promised);
        if (unanswered.Count > 0)
        {
            // "No service has a result" says less than the services named: the named ones replace it.
            findings.RemoveAll(f => f is { Field: FieldKeys.Results, Code: ProblemCodes.Missing });
            findings.Add(new FormFinding(FieldKeys.Results, ProblemCodes.Missing,
                $"No result for {List(unanswered)}, which the intention form said would be verified.",
                $"Give {(unanswered.Count == 1 ? "it" : "each")} a result: Successful, Unsuccessful or Not tested."));
        }

        var complete = submission.Complete && unanswered.Count == 0;
        if (!complete && findings.Count == 0)
        {
            findings.Add(new FormFinding(null, ProblemCodes.Missing, "The form is not complete.", "Check every field of the form and send it again."));
        }

        return new FormCheck(complete, findings);
    }

    /// <summary>The services an intention said would be verified: those of the latest complete intention that participates.</summary>
    public static IReadOnlyList<string> Promised(IEnumerable<Submission> intentions) =>
        LatestComplete(intentions) is { } intention && intention.Fields.Participate == true ? intention.Fields.Services : [];

    /// <summary>The latest complete form of the ones given.</summary>
    public static Submission? LatestComplete(IEnumerable<Submission> submissions) =>
        submissions.Where(s => s.Complete).OrderBy(s => s.ReceivedAt).LastOrDefault();

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static List<string> Unanswered(Submission submission, IReadOnlyList<string> promised)
    {
        if (submission.Form != "result" || promised.Count == 0)
        {
            return [];
        }

        var results = submission.Fields.Results;
        return [.. promised.Where(s => !results.ContainsKey(s))];
    }
}

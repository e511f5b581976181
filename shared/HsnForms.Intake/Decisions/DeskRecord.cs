using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// What the service desk had decided about a circular: corrections, notes and reminder holds (desk
/// entries are submissions). <see cref="AsOf"/> keeps only what was decided by a moment, so a report
/// for a past moment is the same whenever it is built.
/// </summary>
public sealed record DeskRecord(IReadOnlyList<Correction> Corrections, IReadOnlyList<DeskNote> Notes, IReadOnlyList<ReminderHold> Holds)
{
    public static readonly DeskRecord Empty = new([], [], []);

    public DeskRecord AsOf(DateTimeOffset moment) => new(
        [.. Corrections.Where(c => c.At <= moment)],
        [.. Notes.Where(n => n.At <= moment)],
        [.. Holds.Where(h => h.At <= moment)]);

    /// <summary>A submission as the corrections in this record leave it (the reading itself when there are none).</summary>
    public Submission Apply(Submission reading, FormCatalog catalog)
    {
        var corrections = Corrections.Where(c => c.SubmissionId == reading.Id).ToList();
        return SubmissionRevalidation.Apply(reading, corrections, catalog);
    }

    public IReadOnlyList<DeskNote> NotesFor(string subscriberId) =>
        [.. Notes.Where(n => n.SubscriberId == subscriberId).OrderBy(n => n.At)];

    /// <summary>Whether reminders of a form to a subscriber are paused: the latest hold that covers the form decides.</summary>
    public bool Paused(string subscriberId, string form) => Hold(subscriberId, form)?.Paused ?? false;

    /// <summary>The latest pause or resume that covers the form, or null when none was ever made.</summary>
    public ReminderHold? Hold(string subscriberId, string form) =>
        Holds.Where(h => h.SubscriberId == subscriberId && h.Covers(form)).OrderBy(h => h.At).ThenBy(h => h.Id, StringComparer.Ordinal).LastOrDefault();
}

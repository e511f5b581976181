using HsnForms.Forms.Catalog;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;

namespace HsnForms.Reporting;

/// <summary>
/// Builds a circular's compliance report from what is stored: the register, the submissions, the review
/// items, the addresses that bounce and the service desk's decisions.
/// </summary>
public sealed class ReportService(CircularStore circulars, SubscriberRegister register, SubmissionStore submissions, ReviewStore review, BouncingAddresses bouncing, DecisionStore decisions, FormCatalog catalog)
{
    public async Task<ComplianceReport?> BuildAsync(string circularRef, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var circular = await circulars.FindAsync(circularRef, cancellationToken).ConfigureAwait(false);
        if (circular is null)
        {
            return null;
        }

        var subscribers = await register.ListAsync(cancellationToken).ConfigureAwait(false);
        var received = await submissions.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false);
        var items = await review.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false);
        var bounced = await bouncing.ListAsync(cancellationToken).ConfigureAwait(false);
        var desk = await decisions.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false);
        return ComplianceReport.Build(circular, asOf, subscribers, received, items, bounced, desk, catalog);
    }
}

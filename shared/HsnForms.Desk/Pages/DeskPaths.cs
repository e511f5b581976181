namespace HsnForms.Desk.Pages;

/// <summary>The web desk's addresses, all under /desk; every value goes in a query string, escaped.</summary>
public static class DeskPaths
{
    public const string Root = "/desk";

    public static string Home => Root + "/";

    public static string Circular(string circularRef) => $"{Root}/circular?ref={Q(circularRef)}";

    public static string Subscriber(string circularRef, string subscriberId, string? anchor = null) =>
        $"{Root}/subscriber?circular={Q(circularRef)}&id={Q(subscriberId)}{(anchor is null ? "" : "#" + anchor)}";

    public static string Review(string? circularRef) => circularRef is null ? Root + "/review" : $"{Root}/review?circular={Q(circularRef)}";

    public static string Enter(string circularRef, string? subscriberId = null, string? form = null, string? reviewId = null) =>
        $"{Root}/enter?circular={Q(circularRef)}{Opt("subscriber", subscriberId)}{Opt("form", form)}{Opt("review", reviewId)}";

    public static string SubmissionFile(string circularRef, string submissionId) => $"{Root}/file?circular={Q(circularRef)}&submission={Q(submissionId)}";

    public static string ReviewFile(string reviewId) => $"{Root}/file?review={Q(reviewId)}";

    public static string SubmissionPreview(string circularRef, string submissionId) => $"{Root}/preview?circular={Q(circularRef)}&submission={Q(submissionId)}";

    public static string ReviewPreview(string reviewId) => $"{Root}/preview?review={Q(reviewId)}";

    public static string ReportJson(string circularRef) => $"{Root}/report.json?circular={Q(circularRef)}";

    public static string Tracker(string circularRef) => $"{Root}/tracker.xlsx?circular={Q(circularRef)}";

    public const string Correct = Root + "/correct";
    public const string EnterPost = Root + "/enter";
    public const string Note = Root + "/note";
    public const string Reminders = Root + "/reminders";
    public const string ReviewAccept = Root + "/review/accept";
    public const string ReviewDismiss = Root + "/review/dismiss";

    private static string Q(string value) => Uri.EscapeDataString(value);

    private static string Opt(string name, string? value) => value is null ? "" : $"&{name}={Q(value)}";
}

using System.CommandLine;
using System.Globalization;
using HsnForms.Intake;

namespace HsnForms.Cli.CommandLine;

/// <summary>Options several verbs share, named and described once.</summary>
internal static class CommonOptions
{
    public const string StorageName = "--storage";

    public static Option<string?> Storage() => new(StorageName)
    {
        Description = "The storage account's connection string; overrides the AzureWebJobsStorage setting (default UseDevelopmentStorage=true: Azurite, see hsnforms azurite).",
        HelpName = "CONNECTION_STRING",
    };

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    /// <summary>Who decides, for the record; cli.md: without it, the operating-system user.</summary>
    public static Option<string?> By() => new("--by")
    {
        Description = "Who decides, for the record (default: the operating-system user).",
        HelpName = "NAME",
    };

    /// <summary>A circular's reference (HDS/23/1109), or the path of its JSON file; a path that exists is the file.</summary>
    public static Option<string?> Circular(bool required, string description) => new("--circular")
    {
        Description = description + " A reference such as HDS/23/1109 is looked up in storage; a path to an existing file is read as the circular's JSON.",
        HelpName = "REF|FILE.json",
        Required = required,
    };

    public static Option<DateTimeOffset?> AsOf(string description) => new("--as-of")
    {
        Description = description + " ISO 8601, e.g. 2023-11-28T09:00:00+08:00; a time without an offset is Hong Kong time. Default: now.",
        HelpName = "TIME",
        CustomParser = result => ParseTime(result.Tokens[0].Value) is { } time ? time
            : Fail(result, $"--as-of must be an ISO 8601 time such as 2023-11-28T09:00:00+08:00, not \"{result.Tokens[0].Value}\"."),
    };

    public static Option<DirectoryInfo?> Outbox() => new("--outbox")
    {
        Description = "Where mail sent from a --mailbox folder is written as .eml files (default: out/outbox). Never inside the mailbox folder.",
        HelpName = "DIR",
    };

    /// <summary>The --outbox given, else out/outbox under the current folder: a mailbox folder is only ever read.</summary>
    public static string OutboxOrDefault(DirectoryInfo? outbox) => outbox?.FullName ?? Intake.Mail.FolderMailbox.DefaultOutbox;

    /// <summary>ISO 8601; a time with no offset is a Hong Kong time, as every time in a circular is.</summary>
    internal static DateTimeOffset? ParseTime(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            return withOffset;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), HongKongTime.Offset);
        }

        return null;
    }

    private static DateTimeOffset? Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }
}

using System.CommandLine;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// Every verb of <c>hsnforms</c>, in the order help lists them. A new verb is one file with a
/// <c>Create()</c> that returns its command, and one line here; a verb with sub-verbs
/// (<c>subscribers import</c>) is a <see cref="Group"/> of them.
/// </summary>
internal static class VerbCatalog
{
    public static IEnumerable<Command> Create() =>
    [
        ParseVerb.Create(),
        TemplateVerb.Create(),
        Group("subscribers", "The subscriber register.", SubscribersImportVerb.Create()),
        Group("circular", "Circulars: what is asked of subscribers, and by when.", CircularImportVerb.Create()),
        IngestVerb.Create(),
        ReportVerb.Create(),
        RemindVerb.Create(),
        ReviewVerb.Create(),
        SubmissionsVerb.Create(),
        Group("notes", "The service desk's notes on subscribers.", NotesVerb.Create()),
        RemindersVerb.Create(),
        DeskVerb.Create(),
        DemoVerb.Create(),
        AzuriteVerb.Create(),
    ];

    /// <summary>A verb that only holds sub-verbs: on its own it is a usage error naming them.</summary>
    private static Command Group(string name, string description, params Command[] verbs)
    {
        var group = new Command(name, description);
        foreach (var verb in verbs)
        {
            group.Subcommands.Add(verb);
        }

        return group;
    }
}

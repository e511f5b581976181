using System.CommandLine;
using System.CommandLine.Help;

namespace HsnForms.Cli.CommandLine;

/// <summary>
/// One line per verb with all its arguments and options, made from the commands themselves, so the
/// usage can never leave out an option a verb has.
/// </summary>
internal static class VerbSynopsis
{
    public static void Section(Command root, TextWriter output)
    {
        output.WriteLine("Verbs and their options:");
        foreach (var line in Lines(root))
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine();
        output.WriteLine("Exit status: 0 success; 1 the verb ran but found problems (a form incomplete, a file unreadable);");
        output.WriteLine("2 bad usage or configuration, with one line on stderr. 'hsnforms VERB --help' describes each option.");
    }

    /// <summary>Under a verb that touches storage: where the rest of its configuration comes from.</summary>
    public static void Settings(Command command, TextWriter output)
    {
        if (!command.Options.Any(o => o.Name == CommonOptions.StorageName))
        {
            return;
        }

        output.WriteLine("Settings: environment variables, __ for nesting, as the function app reads them: AzureWebJobsStorage,");
        output.WriteLine("StorageOptions__TablePrefix, Graph__BaseUrl, Graph__Mailbox, Intake__*, Reminders__*, FormReaderOptions__*.");
        output.WriteLine("A wrong value stops the verb with exit 2 and one line naming the setting.");
    }

    public static IEnumerable<string> Lines(Command root)
    {
        foreach (var command in root.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var line in Walk(command))
            {
                yield return line;
            }
        }
    }

    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && c is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<string> Walk(Command command)
    {
        if (command.Action is not null || command.Subcommands.Count == 0)
        {
            yield return Line(command);
        }

        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var line in Walk(sub))
            {
                yield return line;
            }
        }
    }

    private static string Line(Command command)
    {
        var parts = new List<string> { PathOf(command) };
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var name = argument.HelpName ?? argument.Name;
            var text = argument.Arity.MaximumNumberOfValues > 1 ? name + "..." : name;
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{text}]" : text);
        }

        foreach (var option in command.Options.Where(o => !o.Hidden && o is not HelpOption && o is not VersionOption))
        {
            var text = option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? option.Name
                : $"{option.Name} {option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}{(option.Arity.MaximumNumberOfValues > 1 ? "..." : "")}";
            parts.Add(option.Required ? text : $"[{text}]");
        }

        return string.Join(' ', parts);
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using HsnForms.Cli.Verbs;

namespace HsnForms.Cli.CommandLine;

/// <summary>The root of <c>hsnforms</c>: its verbs (from <see cref="VerbCatalog"/>), help and version.</summary>
internal static class HsnFormsCommand
{
    /// <summary>
    /// No response files: a form's file name may start with @, and it is a file to read, not a list of arguments.
    /// </summary>
    public static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    public static RootCommand Create()
    {
        var root = new RootCommand("HSN Forms from the command line: read a form, write a blank one, load the register and circulars, " +
            "read a mailbox, build the compliance report, send reminders, settle review items, run the whole system locally.");
        foreach (var verb in VerbCatalog.Create())
        {
            root.Subcommands.Add(verb);
        }

        // Help lists, after the library's own, every verb with all of its options (at the root) or the settings a verb reads.
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction action)
        {
            help.Action = new HelpWithVerbs(action);
        }

        return root;
    }

    /// <summary>--help and --version answer even when the rest of the line is wrong (report --help needs no --circular).</summary>
    public static bool IsHelpOrVersion(ParseResult parse) =>
        parse.Action is HelpWithVerbs or HelpAction || parse.Action?.GetType().Name.Contains("Version", StringComparison.Ordinal) == true;

    /// <summary>A parse error as one line that says where to look for the right form.</summary>
    public static string OneLine(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = VerbSynopsis.PathOf(command);
        var where = $" (see hsnforms {(path.Length == 0 ? "" : path + " ")}--help)";
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            return (token.StartsWith('-') ? $"{(path.Length == 0 ? "hsnforms" : path)} has no option {token}"
                : path.Length == 0 ? $"unknown verb '{token}'"
                : $"{path} takes no argument '{token}'") + where;
        }

        if (command.Action is null && command.Subcommands.Count > 0)
        {
            return $"{(path.Length == 0 ? "hsnforms" : path)} needs a verb: {string.Join(", ", command.Subcommands.Select(c => c.Name))}" + where;
        }

        return Collapse(parse.Errors[0].Message) + where;
    }

    /// <summary>A token that looks like an option and names no file is a mistyped option, not a path to read.</summary>
    public static string? UnknownOption(ParseResult parse)
    {
        var afterDoubleDash = false;
        foreach (var token in parse.Tokens)
        {
            afterDoubleDash |= token.Type == System.CommandLine.Parsing.TokenType.DoubleDash;
            if (!afterDoubleDash && token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value.Length > 1 && token.Value.StartsWith('-')
                && !File.Exists(token.Value) && !Directory.Exists(token.Value) && !double.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                var path = VerbSynopsis.PathOf(parse.CommandResult.Command);
                return $"{(path.Length == 0 ? "hsnforms" : path)} has no option {token.Value} (see hsnforms {(path.Length == 0 ? "" : path + " ")}--help)";
            }
        }

        return null;
    }

    private static string Collapse(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 0 ? line : message.Trim();
    }

}

/// <summary>The library's help, then the synopsis of every verb (root) or the settings a verb reads.</summary>
internal sealed class HelpWithVerbs(HelpAction inner) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        inner.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        if (command is RootCommand)
        {
            VerbSynopsis.Section(command, output);
        }
        else
        {
            VerbSynopsis.Settings(command, output);
        }

        return ExitCodes.Success;
    }
}

/// <summary>Where a verb writes, and the values every verb shares.</summary>
internal static class ParseResultExtensions
{
    public static TextWriter Out(this ParseResult parse) => parse.InvocationConfiguration.Output;

    public static TextWriter Err(this ParseResult parse) => parse.InvocationConfiguration.Error;

    /// <summary>The --storage of the verb that ran, if it has one.</summary>
    public static string? GetStorage(this ParseResult parse) =>
        parse.CommandResult.Command.Options.Any(o => o.Name == CommonOptions.StorageName) ? parse.GetValue<string?>(CommonOptions.StorageName) : null;
}

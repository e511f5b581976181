using HsnForms.Cli.Verbs;

namespace HsnForms.Cli;

/// <summary>Exit codes of cli.md: the contract outside checks rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int Usage = 2;
}

/// <summary>A user's mistake in the command line or configuration: one line on stderr, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The <c>hsnforms</c> command: dispatches a verb and turns every failure into an exit code and one line.</summary>
public static class CliApp
{
    private const string Usage = """
        usage: hsnforms VERB [options]

          parse FILE... [--json] [--circular FILE.json]
          template intention|result --circular FILE.json --format docx|xlsx --out PATH
          subscribers import FILE.csv
          circular import FILE.json
          ingest [--mailbox DIR] [--json]
          report --circular REF [--as-of TIME] [--json] [--out DIR]
          remind --circular REF [--as-of TIME] [--dry-run] [--json] [--mailbox DIR]
          review [list] [--circular REF] [--all] [--json]
          review accept ID --subscriber ID [--circular REF] [--note TEXT] [--json]
          review dismiss ID --note TEXT [--json]
          submissions list --circular REF [--subscriber ID] [--json]
          submissions correct ID --set KEY=VALUE... [--unset KEY...] --note TEXT [--by NAME] [--json]
          submissions enter --circular REF --subscriber ID --form intention|result --received TIME --set KEY=VALUE... --note TEXT [--file PATH] [--review ID] [--by NAME] [--json]
          notes add --circular REF --subscriber ID --text TEXT [--by NAME] [--json]
          reminders pause|resume --circular REF --subscriber ID [--form intention|result] [--note TEXT] [--by NAME] [--json]
          desk [--port N] [--storage CONN] [--by NAME] [--read-only]
          demo [--out DIR] [--desk]
        """;

    private static string UnreachableMessage(string[] args)
    {
        var storage = new Arguments(args.Skip(1)).Option("--storage");
        using var services = CliServices.Build(storage);
        return CliServices.Unreachable(services);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                await stdout.WriteLineAsync(Usage.AsMemory(), cancellationToken);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }

            var arguments = new Arguments(args.Skip(1));
            return args[0] switch
            {
                "parse" => await ParseVerb.RunAsync(arguments, stdout, cancellationToken),
                "template" => await TemplateVerb.RunAsync(arguments, stdout, cancellationToken),
                "subscribers" => await ImportVerbs.SubscribersAsync(arguments, stdout, cancellationToken),
                "circular" => await ImportVerbs.CircularAsync(arguments, stdout, cancellationToken),
                "ingest" => await IngestVerb.RunAsync(arguments, stdout, stderr, cancellationToken),
                "report" => await ReportVerb.RunAsync(arguments, stdout, cancellationToken),
                "remind" => await RemindVerb.RunAsync(arguments, stdout, cancellationToken),
                "review" => await ReviewVerb.RunAsync(arguments, stdout, cancellationToken),
                "submissions" => await SubmissionsVerb.RunAsync(arguments, stdout, cancellationToken),
                "notes" => await NotesVerb.RunAsync(arguments, stdout, cancellationToken),
                "reminders" => await RemindersVerb.RunAsync(arguments, stdout, cancellationToken),
                "desk" => await DeskVerb.RunAsync(arguments, stdout, cancellationToken),
                "demo" => await DemoVerb.RunAsync(arguments, stdout, cancellationToken),
                _ => throw new UsageException($"unknown verb '{args[0]}' (try 'hsnforms --help')."),
            };
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"hsnforms: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (HsnForms.Intake.Mail.Graph.GraphUnreachableException ex)
        {
            await stderr.WriteLineAsync($"hsnforms: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (CliServices.IsUnreachable(ex))
        {
            await stderr.WriteLineAsync("hsnforms: " + UnreachableMessage(args));
            return ExitCodes.Usage;
        }
        catch (Microsoft.Kiota.Abstractions.ApiException ex) when (ex.ResponseStatusCode is 401 or 403)
        {
            // A configuration problem, not a failure of the run: say which setting to look at, in one line.
            var code = (ex as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Code;
            await stderr.WriteLineAsync($"hsnforms: the Graph endpoint refused access to the mailbox ({ex.ResponseStatusCode}{(code is null ? "" : " " + code)}): check Graph__Mailbox, Graph__TenantId, Graph__ClientId and the credential, and that the app may read and send its mail.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("hsnforms: cancelled.");
            return ExitCodes.Problems;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever failed, the user gets one line, not a stack trace; HSNFORMS_VERBOSE=1 logs the details.
            await stderr.WriteLineAsync($"hsnforms: {args[0]} failed: {ex.Message.Split('\n')[0].Trim()} (set HSNFORMS_VERBOSE=1 for details)");
            if (Environment.GetEnvironmentVariable("HSNFORMS_VERBOSE") == "1")
            {
                await stderr.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.Problems;
        }
    }
}

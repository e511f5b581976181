using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
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

/// <summary>
/// The <c>hsnforms</c> command: System.CommandLine parses and gives help; this turns every failure into
/// an exit code and one line on stderr, never a stack trace.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var root = HsnFormsCommand.Create();
        var parse = root.Parse(args, HsnFormsCommand.Parser);
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            if (args.Length == 0)
            {
                // A bare `hsnforms` shows what it can do, and is still a usage error for a script.
                await root.Parse(["--help"], HsnFormsCommand.Parser).InvokeAsync(invocation, cancellationToken);
                throw new UsageException("name a verb (hsnforms VERB --help for its options).");
            }

            if (parse.Errors.Count > 0 && !HsnFormsCommand.IsHelpOrVersion(parse))
            {
                throw new UsageException(HsnFormsCommand.OneLine(parse));
            }

            if (!HsnFormsCommand.IsHelpOrVersion(parse) && HsnFormsCommand.UnknownOption(parse) is { } unknown)
            {
                throw new UsageException(unknown);
            }

            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException ex)
        {
            await WriteLineAsync(stderr, ex.Message);
            return ExitCodes.Usage;
        }
        catch (ConfigurationException ex)
        {
            await WriteLineAsync(stderr, "configuration: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (HsnForms.Intake.Mail.Graph.GraphUnreachableException ex)
        {
            await WriteLineAsync(stderr, ex.Message);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (CliServices.IsUnreachable(ex))
        {
            await WriteLineAsync(stderr, CliServices.Unreachable(parse.GetStorage()));
            return ExitCodes.Usage;
        }
        catch (Microsoft.Kiota.Abstractions.ApiException ex) when (ex.ResponseStatusCode is 401 or 403)
        {
            // A configuration problem, not a failure of the run: say which setting to look at, in one line.
            var code = (ex as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Code;
            await WriteLineAsync(stderr, $"the Graph endpoint refused access to the mailbox ({ex.ResponseStatusCode}{(code is null ? "" : " " + code)}): check Graph__Mailbox, Graph__TenantId, Graph__ClientId and the credential, and that the app may read and send its mail.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await WriteLineAsync(stderr, "cancelled.");
            return ExitCodes.Problems;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever failed, the user gets one line, not a stack trace; HSNFORMS_VERBOSE=1 adds the details.
            var verb = parse.CommandResult.Command is RootCommand ? "hsnforms" : parse.CommandResult.Command.Name;
            await WriteLineAsync(stderr, $"{verb} failed: {HsnFormsCommand.FirstLine(ex.Message)} (set HSNFORMS_VERBOSE=1 for details)");
            if (Environment.GetEnvironmentVariable("HSNFORMS_VERBOSE") == "1")
            {
                await stderr.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.Problems;
        }
    }

    private static Task WriteLineAsync(TextWriter stderr, string message) => stderr.WriteLineAsync("hsnforms: " + HsnFormsCommand.FirstLine(message));
}

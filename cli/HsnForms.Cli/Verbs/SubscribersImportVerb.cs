using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms subscribers import FILE.csv</c>: loads the register; importing again updates, never duplicates.</summary>
internal static class SubscribersImportVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE.csv")
        {
            Description = "CSV with the header subscriber_id,subscriber_name,emails,domains,services; emails, domains and services hold several values separated by ;.",
        };
        var storage = CommonOptions.Storage();
        var command = new Command("import", "Loads the subscriber register. A bad row is reported with its line, and then nothing is imported.") { file, storage };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(storage));
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw new UsageException($"no such file: {path}");
            }

            using var reader = new StreamReader(path.FullName, detectEncodingFromByteOrderMarks: true);
            try
            {
                var import = await services.GetRequiredService<SubscriberRegister>().ImportAsync(reader, cancellationToken);
                await parse.Out().WriteLineAsync($"{import.Describe()} (from {parse.GetValue(file)})".AsMemory(), cancellationToken);
                return ExitCodes.Success;
            }
            catch (RegisterImportException ex)
            {
                throw new UsageException($"{path}: {ex.Message} Nothing was imported.");
            }
        });
        return command;
    }
}

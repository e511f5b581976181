using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms circular import FILE.json</c>: loads a circular (importing again replaces it).</summary>
internal static class CircularImportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE.json") { Description = "The circular as JSON (cli.md), e.g. samples/circular-HDS-23-1109.json." };
        var storage = CommonOptions.Storage();
        var command = new Command("import", "Loads a circular: its reference, title, services and each form's due date.") { file, storage };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(storage));
            var path = parse.GetRequiredValue(file);
            if (!CircularArgument.IsFile(path))
            {
                throw new UsageException($"no such circular file: {path}");
            }

            var circular = CircularArgument.ReadFile(path);
            await services.GetRequiredService<CircularStore>().SaveAsync(circular, cancellationToken);
            await parse.Out().WriteLineAsync($"circular {circular.Ref} imported: {string.Join(", ", circular.Forms.Select(f => $"{f.Form} due {f.Due:yyyy-MM-dd}"))}".AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms template intention|result --circular REF|FILE.json --format docx|xlsx --out PATH</c>.</summary>
internal static class TemplateVerb
{
    public static Command Create()
    {
        var form = new Argument<string>("FORM") { Description = "Which form: " + string.Join(" or ", FormCatalog.Default.Forms.Select(f => f.Form)) + "." };
        form.AcceptOnlyFromAmong([.. FormCatalog.Default.Forms.Select(f => f.Form)]);
        var circular = CommonOptions.Circular(required: false, "The circular the form answers: its reference, due dates and services (default: HDS/23/1109, bundled).");
        var format = new Option<string?>("--format") { Description = "docx (Word) or xlsx (Excel); default: the extension of --out.", HelpName = "docx|xlsx" };
        format.AcceptOnlyFromAmong("docx", "xlsx");
        var output = new Option<string>("--out") { Description = "The file to write.", HelpName = "PATH", Required = true };
        var storage = CommonOptions.Storage();
        var command = new Command("template", "Writes the official blank form of a circular, ready to attach to the circular's e-mail.")
        {
            form, circular, format, output, storage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(output);
            var kind = (parse.GetValue(format) ?? Path.GetExtension(path).TrimStart('.')).ToLowerInvariant();
            if (kind is not ("docx" or "xlsx"))
            {
                throw new UsageException("--format must be docx or xlsx (or give --out a .docx or .xlsx name).");
            }

            // The settings are checked as for every verb; the desk the form is returned to is one of them.
            ServiceDeskOptions desk;
            using (var services = Local.CliServices.Build(parse.GetValue(storage)))
            {
                desk = services.GetRequiredService<IOptions<ServiceDeskOptions>>().Value;
            }

            var definition = await CircularArgument.ResolveAsync(parse.GetValue(circular), parse.GetValue(storage), cancellationToken);
            return await WriteAsync(FormCatalog.Default.Find(parse.GetRequiredValue(form))!, definition, desk, kind, path, parse.Out(), cancellationToken);
        });
        return command;
    }

    private static async Task<int> WriteAsync(FormDefinition form, Circular circular, ServiceDeskOptions desk, string format, string output, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (circular.Form(form.Form) is null)
        {
            throw new UsageException($"circular {circular.Ref} does not ask for the {form.Form} form.");
        }

        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var buffer = new MemoryStream();
        if (format == "docx")
        {
            WordTemplateWriter.Write(buffer, form, circular, FormCatalog.Default, desk);
        }
        else
        {
            ExcelTemplateWriter.Write(buffer, form, circular, FormCatalog.Default, desk);
        }

        await File.WriteAllBytesAsync(output, buffer.ToArray(), cancellationToken);
        await stdout.WriteLineAsync($"{output}: blank {form.Form} form for {circular.Ref} ({format})".AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }
}

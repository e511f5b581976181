using HsnForms.Cli.Local;
using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// What <c>--circular</c> names, the same way for every verb: a path to an existing file is the circular's
/// JSON; anything else is a reference (HDS/23/1109) looked up in storage.
/// </summary>
internal static class CircularArgument
{
    public static bool IsFile(string value) => File.Exists(value);

    public static Circular ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Circular.Parse(stream);
        }
        catch (FormCatalogException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    /// <summary>
    /// For verbs that need no storage (parse, template): none given is the bundled HDS/23/1109; a reference is
    /// looked up in storage, and the bundled circular answers for its own reference when storage has no copy.
    /// </summary>
    public static async Task<Circular> ResolveAsync(string? value, string? storage, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return Circular.Default;
        }

        if (IsFile(value))
        {
            return ReadFile(value);
        }

        NotAMissingFile(value);
        await using var services = CliServices.Build(storage);
        Circular? stored;
        try
        {
            stored = await services.GetRequiredService<CircularStore>().FindAsync(value, cancellationToken);
        }
        catch (Exception ex) when (CliServices.IsUnreachable(ex))
        {
            var endpoint = services.GetRequiredService<StorageContext>().TableEndpoint;
            return IsBundled(value) ? Circular.Default
                : throw new UsageException($"circular {value} is not loaded here: storage at {endpoint} cannot be reached. Give the circular's file (--circular FILE.json), or start storage (hsnforms azurite) and load it with hsnforms circular import FILE.json.");
        }

        return stored ?? (IsBundled(value) ? Circular.Default : throw NotLoaded(value));
    }

    /// <summary>
    /// For verbs that work on stored records (report, remind): a reference must be loaded; a file is loaded
    /// as <c>circular import</c> would when storage lacks it, then used.
    /// </summary>
    public static async Task<Circular> ResolveStoredAsync(string value, IServiceProvider services, TextWriter stderr, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<CircularStore>();
        if (IsFile(value))
        {
            var circular = ReadFile(value);
            if (await store.FindAsync(circular.Ref, cancellationToken) is null)
            {
                await store.SaveAsync(circular, cancellationToken);
                await stderr.WriteLineAsync($"hsnforms: circular {circular.Ref} loaded from {value}.");
            }

            return circular;
        }

        NotAMissingFile(value);
        return await store.FindAsync(value, cancellationToken) ?? throw NotLoaded(value);
    }

    /// <summary>The reference a filter means (review --circular): a file's own reference, or the value itself.</summary>
    public static string? Reference(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (IsFile(value))
        {
            return ReadFile(value).Ref;
        }

        NotAMissingFile(value);
        return value;
    }

    private static bool IsBundled(string value) => string.Equals(value.Trim(), Circular.Default.Ref, StringComparison.OrdinalIgnoreCase);

    /// <summary>A value that looks like a file name but names none is a missing file, not an unknown reference.</summary>
    private static void NotAMissingFile(string value)
    {
        if (value.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"no such circular file: {value}");
        }
    }

    private static UsageException NotLoaded(string value) =>
        new($"no circular {value} in storage: load it first with hsnforms circular import FILE.json, or give the file itself (--circular FILE.json).");
}

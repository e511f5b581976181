using HsnForms.Forms.Catalog;

namespace HsnForms.Cli.Verbs;

internal static class CircularFiles
{
    /// <summary>The circular in the given JSON file, or HDS/23/1109 when none is given.</summary>
    public static Circular LoadOrDefault(string? path)
    {
        if (path is null)
        {
            return Circular.Default;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"no such circular file: {path}");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Circular.Parse(stream);
        }
        catch (FormCatalogException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }
}

namespace HsnForms.TestSupport;

/// <summary>The repository a test or benchmark runs from.</summary>
public static class Repository
{
    /// <summary>The folder holding HsnFormsFunctions.sln, found by walking up from the program's own folder.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HsnFormsFunctions.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}

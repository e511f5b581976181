using System.Reflection;
using System.Runtime.Loader;

namespace HsnForms.Benchmarks;

/// <summary>
/// ClosedXML 0.95.4 with its Open XML SDK 2.20, loaded from the closedxml/ folder beside the program
/// into an AssemblyLoadContext of its own, so it never meets the SDK 3.3 that HsnForms.Forms runs on.
/// </summary>
internal sealed class ClosedXmlHost
{
    private const string BaselineAssembly = "HsnForms.Benchmarks.ClosedXmlBaseline";
    private const string LoaderType = "HsnForms.Benchmarks.ClosedXmlBaseline.ClosedXmlLoader";

    private readonly Func<Stream, int> _loadAndReadAll;

    private ClosedXmlHost(Func<Stream, int> loadAndReadAll, string description)
    {
        _loadAndReadAll = loadAndReadAll;
        Description = description;
    }

    /// <summary>Which ClosedXML and Open XML SDK the baseline context loaded, and which SDK the default context has.</summary>
    public string Description { get; }

    /// <summary>Loads the workbook with <c>new XLWorkbook(stream)</c> and reads every used cell as a string.</summary>
    public int LoadAndReadAll(Sample sample) => _loadAndReadAll(new MemoryStream(sample.Bytes, writable: false));

    public static ClosedXmlHost Load()
    {
        var folderName = typeof(ClosedXmlHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ClosedXmlBaselineFolder")?.Value ?? "closedxml";
        var path = Path.Combine(AppContext.BaseDirectory, folderName, BaselineAssembly + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The ClosedXML baseline is missing at {path}; build tests/HsnForms.Benchmarks, which builds and copies it.", path);
        }

        var context = new BaselineLoadContext(path);
        var loader = context.LoadFromAssemblyPath(path).GetType(LoaderType, throwOnError: true)!;
        var loadAndReadAll = loader.GetMethod("LoadAndReadAll", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<Stream, int>>();
        var identity = (string)loader.GetMethod("Identity", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

        // Prove the isolation rather than assume it: the baseline context must hold SDK 2.x, the default context 3.x.
        var isolated = context.Assemblies.Single(a => a.GetName().Name == "DocumentFormat.OpenXml").GetName();
        var closedXml = context.Assemblies.Single(a => a.GetName().Name == "ClosedXML").GetName();
        var shared = typeof(DocumentFormat.OpenXml.OpenXmlElement).Assembly.GetName();
        if (isolated.Version?.Major != 2 || shared.Version?.Major != 3 || AssemblyLoadContext.GetLoadContext(typeof(DocumentFormat.OpenXml.OpenXmlElement).Assembly) != AssemblyLoadContext.Default)
        {
            throw new InvalidOperationException($"ClosedXML's context loaded {isolated} and the default context {shared}; expected Open XML SDK 2.x and 3.x apart.");
        }

        return new ClosedXmlHost(loadAndReadAll,
            $"ClosedXML {closedXml.Version} on {isolated.Name} {isolated.Version} in load context '{context.Name}' ({identity}); "
            + $"HsnForms.Forms on {shared.Name} {shared.Version} in the default context");
    }

    /// <summary>Resolves the baseline's assemblies from its deps.json; anything it does not list (the framework) comes from the default context.</summary>
    private sealed class BaselineLoadContext(string mainAssembly) : AssemblyLoadContext("closedxml-baseline")
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}

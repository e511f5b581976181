using HsnForms.TestSupport;

namespace HsnForms.IntegrationTests;

/// <summary>
/// Azurite (see <see cref="AzuriteProcess"/> in HsnForms.TestSupport), started once for the test run and
/// stopped after it. No Node.js is a failure that says so, never a skipped test.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    private AzuriteProcess? _process;

    public string ConnectionString => _process?.ConnectionString ?? "";
    public int BlobPort => _process?.BlobPort ?? 0;
    public int TablePort => _process?.TablePort ?? 0;

    public static string RepositoryRoot => Repository.Root;

    public async Task InitializeAsync() => _process = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "Azurite";
}

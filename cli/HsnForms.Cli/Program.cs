using System.Runtime.InteropServices;
using HsnForms.Cli;

// Ctrl+C, and a plain kill (SIGTERM), end a running verb cleanly: hsnforms azurite stops its Azurite.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});

return await CliApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);

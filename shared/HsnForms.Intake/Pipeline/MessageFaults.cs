using System.Net.Sockets;
using Azure;
using HsnForms.Intake.Mail.Graph;

namespace HsnForms.Intake.Pipeline;

/// <summary>A message its mailbox could not read this time (see <see cref="Mail.IncomingMail.ReadFailure"/>).</summary>
public sealed class MessageUnreadableException(string message) : Exception(message);

/// <summary>
/// Telling a failure a message caused (a value the store refused, a part a library choked on) from one of
/// the world's (storage or Graph unreachable or overloaded, the cycle cancelled, a disk failing). The first
/// is counted against the message, which goes to review when it keeps failing; the second stops the
/// cycle, as every message would fail alike and none of them is to blame.
/// </summary>
internal static class MessageFaults
{
    public static bool IsTheMessages(Exception ex) => ex switch
    {
        OperationCanceledException or OutOfMemoryException or StackOverflowException => false,
        // The disk, the network, and the test hook that interrupts a cycle.
        IOException or SocketException or HttpRequestException or TimeoutException or GraphUnreachableException => false,
        RequestFailedException storage => storage.Status is >= 400 and < 500 and not 408 and not 429 and not 401 and not 403,
        Microsoft.Kiota.Abstractions.ApiException graph => graph.ResponseStatusCode is >= 400 and < 500 and not 408 and not 429 and not 401 and not 403,
        Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException => false,
        AggregateException { InnerExceptions.Count: > 0 } all => all.InnerExceptions.All(IsTheMessages),
        _ => true,
    };

    /// <summary>The failure as the service desk reads it in review.</summary>
    public static string InDeskWords(Exception ex) => ex switch
    {
        MessageUnreadableException unreadable => "the message could not be read: " + unreadable.Message,
        RequestFailedException storage => $"the record store refused something in it ({storage.Status} {storage.ErrorCode})",
        FormatException format => "part of it is malformed: " + format.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}

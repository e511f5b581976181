using System.Text;
using System.Text.RegularExpressions;
using HsnForms.Intake.Text;
using MimeKit;

namespace HsnForms.Intake.Mail;

/// <summary>
/// The one form of a sender's address that intake uses: for matching the register, for the ledger and
/// review, and for the reply. Matching and answering can then never disagree about who sent a message.
/// Lower case (the register is), no angle brackets, no white space or control characters; an address
/// longer than an address can be (254 characters) or without a local part and a domain is no address.
/// </summary>
public static partial class MailAddress
{
    public const int MaxLength = 254;

    public static string Normalise(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "";
        }

        var text = address.Trim();
        if (text.Length > MaxLength * 4)
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && !ReadableText.IsHidden(c) && c is not '<' and not '>')
            {
                clean.Append(c);
            }
        }

        var normal = clean.ToString().Trim('.', ';', ',', '"', '\'').ToLowerInvariant();
        var at = normal.LastIndexOf('@');
        return normal.Length <= MaxLength && at > 0 && at < normal.Length - 1 && normal.IndexOf('@') == at ? normal : "";
    }

    /// <summary>
    /// The sender of a message: the From header's first mailbox, else Sender. When MimeKit cannot parse the
    /// header (a control character in the display name, a broken quote), the address is taken from the raw
    /// value, so such a message is still known as its sender's.
    /// </summary>
    public static (string Address, string? Name) SenderOf(MimeMessage message)
    {
        if ((message.From.Mailboxes.FirstOrDefault() ?? message.Sender) is { } mailbox && Normalise(mailbox.Address) is { Length: > 0 } parsed)
        {
            return (parsed, mailbox.Name);
        }

        foreach (var header in message.Headers)
        {
            if (header.Id is HeaderId.From or HeaderId.Sender && FromRaw(header.Value) is { Length: > 0 } raw)
            {
                return (raw, null);
            }
        }

        return ("", null);
    }

    /// <summary>An address out of a header value MimeKit would not parse: the last &lt;…@…&gt;, else the last bare a@b.</summary>
    public static string FromRaw(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var angled = Angled().Matches(value);
        if (angled.Count > 0)
        {
            return Normalise(angled[^1].Groups[1].Value);
        }

        var bare = Bare().Matches(value);
        return bare.Count > 0 ? Normalise(bare[^1].Value) : "";
    }

    /// <summary>The local part, lower case ("mailer-daemon" of MAILER-DAEMON@mx.example).</summary>
    public static string LocalPart(string normalised)
    {
        var at = normalised.LastIndexOf('@');
        return at < 0 ? normalised : normalised[..at];
    }

    public static string Domain(string normalised)
    {
        var at = normalised.LastIndexOf('@');
        return at < 0 ? "" : normalised[(at + 1)..];
    }

    [GeneratedRegex(@"<([^<>\s]+@[^<>\s]+)>")]
    private static partial Regex Angled();

    [GeneratedRegex(@"[^\s<>""',;:()\[\]]+@[^\s<>""',;:()\[\]]+")]
    private static partial Regex Bare();
}

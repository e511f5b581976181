using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HsnForms.Cli.Local;

/// <summary>
/// Turns what options binding and validation throw into one line that names the setting as a person sets
/// it (Reminders__MaxPerMinute), with the value when it is no secret.
/// </summary>
internal static partial class SettingErrors
{
    public static string? Describe(Exception ex, IConfiguration configuration) => ex switch
    {
        OptionsValidationException validation => Validation(validation, configuration),
        AggregateException aggregate => aggregate.InnerExceptions.Select(e => Describe(e, configuration)).FirstOrDefault(d => d is not null),
        InvalidOperationException when ConvertFailure().Match(ex.Message) is { Success: true } match =>
            $"{Setting(match.Groups["key"].Value)}{Value(configuration, match.Groups["key"].Value)} is not a valid {TypeName(match.Groups["type"].Value)}.",
        _ => ex.InnerException is { } inner ? Describe(inner, configuration) : null,
    };

    private static string Validation(OptionsValidationException ex, IConfiguration configuration)
    {
        var failure = ex.Failures.FirstOrDefault() ?? ex.Message;
        var section = SectionOf(ex.OptionsType);
        var member = DataAnnotationFailure().Match(failure);
        if (!member.Success)
        {
            return $"{section}: {failure}";
        }

        // The key as it was set, if it was: the section a library binds may differ from the class name.
        var name = member.Groups["member"].Value;
        var key = Keys(configuration).FirstOrDefault(k => k.EndsWith(":" + name, StringComparison.OrdinalIgnoreCase)
            && k.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
            ?? Keys(configuration).FirstOrDefault(k => k.EndsWith(":" + name, StringComparison.OrdinalIgnoreCase))
            ?? section + ":" + name;
        return $"{Setting(key)}{Value(configuration, key)}: {member.Groups["error"].Value.TrimEnd('.')}.";
    }

    /// <summary>The section an options class is bound from: the convention of this code base.</summary>
    private static string SectionOf(Type type) => type.Name switch
    {
        "GraphOptions" => "Graph",
        "IntakeOptions" => "Intake",
        "ReminderOptions" => "Reminders",
        var name => name,
    };

    private static IEnumerable<string> Keys(IConfiguration configuration) =>
        configuration.AsEnumerable().Where(p => p.Value is not null).Select(p => p.Key);

    private static string Setting(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static string Value(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (value is null)
        {
            return " (not set)";
        }

        if (SecretName().IsMatch(key))
        {
            return "";
        }

        return $"=\"{(value.Length > 60 ? value[..60] + "…" : value)}\"";
    }

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "whole number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "time span (hh:mm:ss)",
        "System.Double" or "System.Decimal" => "number",
        _ => type.Split('.')[^1],
    };

    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConvertFailure();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex("secret|password|key$|connectionstring|token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}

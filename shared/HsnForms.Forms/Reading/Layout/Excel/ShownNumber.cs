using System.Globalization;
using System.Text;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>
/// The text Excel shows for a whole number under a custom format made of digit placeholders and
/// literals only ("HSN"0000, 0000 0000, (000) 000-0000). Any other format (decimals, thousands,
/// percent, text, colours, conditions) is left to the stored value.
/// </summary>
internal static class ShownNumber
{
    public static bool IsDigitPattern(string code)
    {
        var section = FirstSection(code);
        var digits = 0;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return false;
                }

                i = close;
            }
            else if (c == '\\')
            {
                if (++i >= section.Length)
                {
                    return false;
                }
            }
            else if (c is '0' or '#')
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '+' or '/'))
            {
                return false;
            }
        }

        return digits > 0 && digits <= 15;
    }

    public static string? Format(double number, string code)
    {
        if (number < 0 || number != Math.Floor(number) || number >= 1e15)
        {
            return null;
        }

        var section = FirstSection(code);
        var placeholders = section.Count(c => c is '0' or '#');
        var digits = ((long)number).ToString(CultureInfo.InvariantCulture);
        if (digits.Length < placeholders)
        {
            digits = digits.PadLeft(placeholders, '0');
        }

        // Placeholders take the digits from the right; digits beyond them go before the first.
        var result = new StringBuilder();
        var next = digits.Length - placeholders;
        var first = true;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section.IndexOf('"', i + 1);
                result.Append(section, i + 1, close - i - 1);
                i = close;
            }
            else if (c == '\\')
            {
                result.Append(section[++i]);
            }
            else if (c is '0' or '#')
            {
                if (first)
                {
                    result.Append(digits, 0, next);
                    first = false;
                }

                var digit = digits[next++];
                if (c == '0' || digit != '0' || result.Length > 0 && char.IsAsciiDigit(result[^1]))
                {
                    result.Append(digit);
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString().Trim();
    }

    private static string FirstSection(string code)
    {
        var semicolon = code.IndexOf(';');
        return semicolon < 0 ? code : code[..semicolon];
    }
}

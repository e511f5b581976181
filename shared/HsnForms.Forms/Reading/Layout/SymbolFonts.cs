using System.Text;

namespace HsnForms.Forms.Reading.Layout;

internal enum SymbolFont
{
    None,
    Wingdings,
    Wingdings2,
    Other,
}

/// <summary>Tick boxes typed in symbol fonts: Word shows a Wingdings 'þ' as a ticked box.</summary>
internal static class SymbolFonts
{
    public static SymbolFont Of(string? font) => font switch
    {
        null => SymbolFont.None,
        _ when font.StartsWith("Wingdings 2", StringComparison.OrdinalIgnoreCase) => SymbolFont.Wingdings2,
        _ when font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) => SymbolFont.Wingdings,
        _ when font.Equals("Symbol", StringComparison.OrdinalIgnoreCase) || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase) => SymbolFont.Other,
        _ => SymbolFont.None,
    };

    public static string Translate(SymbolFont font, string text)
    {
        if (font == SymbolFont.None)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            // Word stores symbol characters either as themselves or shifted into the private-use F0xx range.
            var c = raw is >= '\uF000' and <= '\uF0FF' ? (char)(raw - 0xF000) : raw;
            var mark = font switch
            {
                SymbolFont.Wingdings => c switch
                {
                    (char)0xFE or (char)0xFD or (char)0x78 or (char)0xFC or (char)0xFB => Marks.Checked,
                    (char)0xA8 or (char)0x6F or (char)0x71 or (char)0x70 => Marks.Unchecked,
                    _ => '\0',
                },
                SymbolFont.Wingdings2 => c switch
                {
                    (char)0x52 or (char)0x54 or (char)0x51 or (char)0x50 or (char)0x4F => Marks.Checked,
                    (char)0xA3 or (char)0x2A or (char)0x99 => Marks.Unchecked,
                    _ => '\0',
                },
                _ => '\0',
            };
            if (mark != '\0')
            {
                result.Append(mark);
            }
            else if (c == ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString();
    }
}

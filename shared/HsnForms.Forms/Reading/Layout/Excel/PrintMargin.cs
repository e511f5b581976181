using System.Text;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>
/// A sheet's print header or footer ("&amp;C&amp;BAppendix A – Intention Form&amp;RRef. No.: HDS/23/1109") as the
/// lines it prints: one per section (left, centre, right), formatting codes taken out. A section that
/// prints the page number, the date, the time or the file's name is the printer's, not the form's.
/// </summary>
internal static class PrintMargin
{
    public static List<string> Lines(string code)
    {
        var lines = new List<string>();
        var section = new StringBuilder();
        var generated = false;

        void Close()
        {
            var text = section.ToString().Trim();
            if (text.Length > 0 && !generated)
            {
                lines.Add(text);
            }

            section.Clear();
            generated = false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c != '&' || i + 1 >= code.Length)
            {
                section.Append(c is '\r' or '\n' ? ' ' : c);
                continue;
            }

            var next = code[++i];
            switch (next)
            {
                case '&':
                    section.Append('&');
                    break;
                case 'L' or 'C' or 'R':
                    Close();
                    break;
                case 'P' or 'N' or 'D' or 'T' or 'F' or 'A' or 'Z':
                    // Page number, page count, date, time, file, sheet or path: printed by Excel, not typed.
                    generated = true;
                    break;
                case '"':
                    // &"Font,Style": skip to the closing quote.
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case 'K':
                    // &Krrggbb (or a theme colour &KttSnnn): six characters of colour.
                    i = Math.Min(code.Length - 1, i + 6);
                    break;
                case >= '0' and <= '9':
                    // &12: a font size.
                    while (i + 1 < code.Length && char.IsAsciiDigit(code[i + 1]))
                    {
                        i++;
                    }

                    break;
                case '+' or '-':
                    // &+ / &- after &P: "page number plus n", still the page number.
                    generated = true;
                    break;
                default:
                    // &B, &I, &U, &E, &S, &X, &Y, &G, &O, &H: formatting or a picture.
                    break;
            }
        }

        Close();
        return lines;
    }
}

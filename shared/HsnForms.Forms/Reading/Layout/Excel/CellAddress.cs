using System.Globalization;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>A cell's A1 reference ("B3", "$AA$12" without its dollars), 1-based.</summary>
internal static class CellAddress
{
    public const int MaxColumn = 16_384;
    public const int MaxRow = 1_048_576;

    public static bool TryParse(ReadOnlySpan<char> address, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < address.Length && char.IsAsciiLetter(address[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(address[i]) - 'A' + 1);
            i++;
            if (column > MaxColumn)
            {
                return false;
            }
        }

        return i > 0 && int.TryParse(address[i..], NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}

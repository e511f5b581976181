namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>Excel's dates: a serial day count in the 1900 system (with its phantom 29 Feb 1900) or the 1904 system.</summary>
internal static class ExcelDates
{
    public static DateOnly? FromSerial(double serial, bool date1904)
    {
        if (double.IsNaN(serial) || serial < 1 || serial > 2_958_465)
        {
            return null;
        }

        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            return new DateOnly(1904, 1, 1).AddDays(days);
        }

        return days switch
        {
            < 60 => new DateOnly(1899, 12, 31).AddDays(days),
            60 => new DateOnly(1900, 2, 28),
            _ => new DateOnly(1899, 12, 30).AddDays(days),
        };
    }
}

using System;
using System.Globalization;

namespace Clst.Contracts.Serialization
{
    /// <summary>
    /// Timestamps on the wire: RFC 3339 in UTC with nine fractional digits, <c>2025-10-31T13:30:00.000000000Z</c>.
    /// </summary>
    /// <remarks>
    /// <para>Reading accepts any RFC 3339 date-time: <c>T</c>, <c>t</c> or a space between date and time (RFC 3339 §5.6 allows
    /// the space, and the OpenAPI examples use it), zero to nine fractional digits, and <c>Z</c> or a numeric offset. The value is
    /// converted to UTC (offset zero). Leap seconds (<c>:60</c>) cannot be represented by <see cref="DateTimeOffset"/> and are refused.</para>
    /// <para><see cref="DateTimeOffset"/> counts in 100-nanosecond ticks: seven fractional digits. The eighth and ninth digits are
    /// truncated (never rounded, so a time never moves later and the order of two timestamps is kept): <c>.123456789</c> reads as
    /// <c>.1234567</c> and writes back as <c>.123456700</c>. Writing always gives nine digits, the last two <c>00</c>.</para>
    /// </remarks>
    internal static class WireTimestamp
    {
        internal const string Expectation = "an RFC 3339 UTC timestamp in a JSON string, such as \"2025-10-31T13:30:00.000000000Z\"";

        internal static string Format(DateTimeOffset value)
            => value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture) + "00Z";

        internal static bool TryParse(string s, out DateTimeOffset value, out string problem)
        {
            value = default;

            // yyyy-MM-ddThh:mm:ss is 19 characters; a fraction and an offset add at most 10 + 6.
            if (s.Length < 20 || s.Length > 35)
            {
                problem = "it is not an RFC 3339 date-time";
                return false;
            }

            if (!Number(s, 0, 4, out var year) || s[4] != '-' || !Number(s, 5, 2, out var month) || s[7] != '-' || !Number(s, 8, 2, out var day)
                || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
                || !Number(s, 11, 2, out var hour) || s[13] != ':' || !Number(s, 14, 2, out var minute) || s[16] != ':' || !Number(s, 17, 2, out var second))
            {
                problem = "it is not an RFC 3339 date-time (yyyy-MM-ddTHH:mm:ss[.fffffffff]Z)";
                return false;
            }

            var i = 19;
            long ticks = 0;
            if (s[i] == '.')
            {
                i++;
                var digits = 0;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                {
                    if (digits < 7)
                    {
                        ticks = (ticks * 10) + (s[i] - '0');
                    }

                    digits++;
                    i++;
                }

                if (digits == 0 || digits > 9)
                {
                    problem = digits == 0 ? "a '.' must be followed by fractional digits" : "it has more than nine fractional digits";
                    return false;
                }

                for (var pad = digits; pad < 7; pad++)
                {
                    ticks *= 10;
                }
            }

            TimeSpan offset;
            if (i == s.Length - 1 && (s[i] == 'Z' || s[i] == 'z'))
            {
                offset = TimeSpan.Zero;
            }
            else if (i == s.Length - 6 && (s[i] == '+' || s[i] == '-') && Number(s, i + 1, 2, out var offsetHours) && s[i + 3] == ':'
                     && Number(s, i + 4, 2, out var offsetMinutes) && offsetHours <= 23 && offsetMinutes <= 59)
            {
                offset = new TimeSpan(offsetHours, offsetMinutes, 0);
                if (s[i] == '-')
                {
                    offset = offset.Negate();
                }
            }
            else
            {
                problem = "it has no time zone: RFC 3339 needs 'Z' or an offset such as '+00:00'";
                return false;
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                problem = second == 60 ? "leap seconds cannot be represented" : "the date or time is out of range";
                return false;
            }

            try
            {
                var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
                value = new DateTimeOffset(local, offset).ToUniversalTime();
            }
            catch (ArgumentOutOfRangeException)
            {
                problem = "the instant is outside the range of DateTimeOffset";
                value = default;
                return false;
            }

            problem = string.Empty;
            return true;
        }

        private static bool Number(string s, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = s[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}

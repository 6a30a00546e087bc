using System;
using System.Globalization;

namespace Clst.Contracts.Serialization
{
    /// <summary>
    /// Quantities and prices on the wire: decimal numbers sent as JSON strings (<c>"47.95"</c>, <c>"10"</c>, <c>"48.00"</c>).
    /// Read strictly (an optional sign, digits, an optional fraction: no exponent, no spaces, no thousands separators) and
    /// exactly: a value that <see cref="decimal"/> cannot hold without rounding is refused rather than silently changed.
    /// The scale is kept, so <c>"48.00"</c> writes back as <c>"48.00"</c>.
    /// </summary>
    internal static class WireDecimal
    {
        /// <summary>Longer texts are refused before parsing: a decimal has at most 29 significant digits.</summary>
        internal const int MaxLength = 64;

        internal const string Expectation = "a decimal number in a JSON string, such as \"48.00\"";

        internal static bool TryParse(string text, out decimal value, out string problem)
        {
            value = 0m;
            if (text.Length == 0)
            {
                problem = "the string is empty";
                return false;
            }

            if (text.Length > MaxLength)
            {
                problem = "the string is " + text.Length.ToString(CultureInfo.InvariantCulture) + " characters long, longer than any decimal";
                return false;
            }

            var i = 0;
            if (text[0] == '-' || text[0] == '+')
            {
                i = 1;
            }

            var integerDigits = 0;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
                integerDigits++;
            }

            var fractionDigits = 0;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                    fractionDigits++;
                }

                if (fractionDigits == 0)
                {
                    problem = "a decimal point must be followed by digits";
                    return false;
                }
            }

            if (integerDigits == 0 || i != text.Length)
            {
                problem = "it is not a plain decimal number (sign, digits, optional fraction)";
                return false;
            }

            try
            {
                value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                problem = "it is outside the range of a decimal";
                return false;
            }

            // decimal.Parse rounds digits it cannot keep; refuse rather than change a price or a quantity.
            if (!string.Equals(Format(value), Canonical(text), StringComparison.Ordinal))
            {
                value = 0m;
                problem = "it has more significant digits than a decimal holds exactly (28)";
                return false;
            }

            problem = string.Empty;
            return true;
        }

        internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The text as <see cref="Format"/> would write its value: no '+', no leading zeros, no sign on zero.</summary>
        private static string Canonical(string text)
        {
            var negative = text[0] == '-';
            var body = text[0] == '-' || text[0] == '+' ? text.Substring(1) : text;
            var firstNonZero = 0;
            while (firstNonZero < body.Length - 1 && body[firstNonZero] == '0' && body[firstNonZero + 1] != '.')
            {
                firstNonZero++;
            }

            body = body.Substring(firstNonZero);
            var isZero = true;
            foreach (var c in body)
            {
                if (c != '0' && c != '.')
                {
                    isZero = false;
                    break;
                }
            }

            return negative && !isZero ? "-" + body : body;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}

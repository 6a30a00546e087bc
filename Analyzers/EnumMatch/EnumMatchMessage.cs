using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>The words of a CLST003–CLST005 message: the first few unhandled members, and what becomes of them.</summary>
    internal static class EnumMatchMessage
    {
        /// <summary>How many unhandled members the message names before "and N more".</summary>
        internal const int NamedInMessage = 3;

        public static string NameFirstFew(ImmutableArray<IFieldSymbol> unhandled)
        {
            var builder = new StringBuilder(128);
            for (int i = 0; i < unhandled.Length && i < NamedInMessage; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(unhandled[i].Name);
            }

            if (unhandled.Length > NamedInMessage)
            {
                builder.Append(" and ").Append(unhandled.Length - NamedInMessage).Append(" more");
            }

            return builder.ToString();
        }

        public static string Fate(EnumMatchShape shape) => shape.Fallback switch
        {
            FallbackKind.None => "silently ignored (the switch has no default)",
            FallbackKind.Throws when shape.Form == MatchForm.IfChain => "thrown at run time by the final else",
            FallbackKind.Throws => "thrown at run time by the fallback",
            FallbackKind.ThrowsAfter => "thrown at run time by the throw after the switch",
            FallbackKind.Implicit => "thrown at run time (the switch expression has no arm for them)",
            _ => string.Empty,
        };
    }
}

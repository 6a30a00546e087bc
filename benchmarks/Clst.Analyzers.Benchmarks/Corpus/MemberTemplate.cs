using System;
using System.Collections.Generic;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// One member a generated class may hold. <see cref="Rule"/> is the rule the form is about (<c>-</c> for ordinary code),
    /// <see cref="Flagged"/> whether that rule should report it, <see cref="Code"/> the member's text for a unique suffix.
    /// </summary>
    internal sealed class MemberTemplate
    {
        public MemberTemplate(string rule, bool flagged, string name, Func<int, string> code, bool usesShop = false, params (string Rule, bool Flagged)[] also)
        {
            Also = also;
            Rule = rule;
            Flagged = flagged;
            Name = name;
            Code = code;
            UsesShop = usesShop;
        }

        public const string NoRule = "-";

        public string Rule { get; }

        public bool Flagged { get; }

        public string Name { get; }

        public Func<int, string> Code { get; }

        /// <summary>The member uses the shop's own types (<c>Acme.Shop</c>): only ordinary files import them.</summary>
        public bool UsesShop { get; }

        /// <summary>Other rules' forms the same member plants (e.g. a CLST001 twin that is also an incomplete CLST003 chain).</summary>
        public IReadOnlyList<(string Rule, bool Flagged)> Also { get; }

        /// <summary>The forms the member plants: its own and <see cref="Also"/>, each with the member's span.</summary>
        public IEnumerable<PlantedForm> ToForms(int start, int end, bool nullableEnabled)
        {
            yield return new PlantedForm(Rule, Flagged, Name, start, end, nullableEnabled);
            foreach (var (rule, flagged) in Also)
            {
                yield return new PlantedForm(rule, flagged, Name, start, end, nullableEnabled);
            }
        }
    }
}

using System;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// One member a generated class may hold. <see cref="Rule"/> is the rule the form is about (<c>-</c> for ordinary code),
    /// <see cref="Flagged"/> whether that rule should report it, <see cref="Code"/> the member's text for a unique suffix.
    /// </summary>
    internal sealed class MemberTemplate
    {
        public MemberTemplate(string rule, bool flagged, string name, Func<int, string> code, bool usesShop = false)
        {
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

        public PlantedForm ToForm(int start, int end, bool nullableEnabled) => new PlantedForm(Rule, Flagged, Name, start, end, nullableEnabled);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// One judgement, waiting to be reported: where, how specific (a more specific judgement of the same place wins), the
    /// message, the properties for the fixers, and the nodes of the additional locations.
    /// </summary>
    internal sealed class Finding
    {
        /// <summary>Forms 4 and 5, at a place no other judgement reports.</summary>
        public const int CancelPriority = 0;
        public const int GroupPriority = 1;
        public const int SameResultPriority = 2;
        public const int NamedValuePriority = 3;
        public const int NamedFunctionPriority = 4;

        public Finding(IOperation at, int priority, string description, ImmutableDictionary<string, string?> properties, IOperation? construct, IOperation? moveTo)
        {
            At = at;
            Priority = priority;
            Description = description;
            Properties = properties;
            Construct = construct;
            MoveTo = moveTo;
        }

        public IOperation At { get; }

        public int Priority { get; }

        public string Description { get; }

        public ImmutableDictionary<string, string?> Properties { get; }

        public IOperation? Construct { get; }

        /// <summary>The pending statuses' branch PENDING_CANCEL can move to, when the fix moves it.</summary>
        public IOperation? MoveTo { get; }
    }
}

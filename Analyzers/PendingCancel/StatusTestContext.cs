using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What one reading of a test has met so far: its universe, its subject, the members written out, its operators.</summary>
    internal sealed class StatusTestContext
    {
        public StatusUniverse? Universe;
        public string? SubjectKey;
        public IOperation? Subject;
        public readonly List<StatusReference> References = new List<StatusReference>();
        public bool SawOr, SawAnd, SawNot, SawEquals, SawNotEquals, SawPattern, SawContains, SawGroupCall, SawPropertyPattern;

        public bool UseUniverse(StatusUniverse? universe)
        {
            if (universe == null)
            {
                return false;
            }

            if (Universe == null)
            {
                Universe = universe;
                return true;
            }

            return ReferenceEquals(Universe, universe);
        }

        public bool UseSubject(string key, IOperation? subject)
        {
            if (SubjectKey == null)
            {
                SubjectKey = key;
                Subject = subject;
                return true;
            }

            return SubjectKey == key;
        }
    }
}

using System;
using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Code that only writes a log or console line: the rule does not judge it.</summary>
    internal static class LoggingCalls
    {
        /// <summary>True for a call that only writes a log or console line.</summary>
        public static bool IsLogging(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            if ((type.Name == "Console" && Namespaces.Is(type.ContainingNamespace, "System")) || LoggingLibraries.Declares(type))
            {
                return true;
            }

            for (var t = type; t != null; t = t.BaseType)
            {
                if (t.Name == "TextWriter" && Namespaces.Is(t.ContainingNamespace, "System", "IO"))
                {
                    return method.Name.StartsWith("Write", StringComparison.Ordinal);
                }
            }

            if (method.Name.StartsWith("Log", StringComparison.Ordinal) || type.Name.IndexOf("Logger", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            return invocation.Instance != null
                   && method.Name is "Info" or "Information" or "Warn" or "Warning" or "Error" or "Debug" or "Trace" or "Verbose"
                       or "Fatal" or "Critical" or "Write" or "WriteLine"
                   && invocation.Instance.Syntax.ToString().IndexOf("log", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>True when the operation sits inside the arguments of a logging call (within its own function).</summary>
        public static bool IsInsideLogging(IOperation operation)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation || current is IBlockOperation)
                {
                    return false;
                }

                if (current is IInvocationOperation invocation && IsLogging(invocation))
                {
                    return true;
                }

                if (current is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <see cref="IsInsideLogging(IOperation)"/>, remembering in <paramref name="known"/> the answer for every operation the
        /// walk passed: the status reads of one long condition (a 20,000-term <c>&amp;&amp;</c> chain is 20,000 levels deep) then
        /// share one walk up the condition instead of each walking it again (issue 21: that made the cancel's answer analysis
        /// quadratic in the length of the condition).
        /// </summary>
        public static bool IsInsideLogging(IOperation operation, Dictionary<IOperation, bool> known)
        {
            // The thread's list of the operations passed, taken for the walk and given back cleared (a new one if a walk ever
            // ran inside another): this runs for every status read after a cancel.
            var passed = t_passed ?? new List<IOperation>();
            t_passed = null;
            try
            {
                return IsInsideLogging(operation, known, passed);
            }
            finally
            {
                if (passed.Capacity <= 1024)
                {
                    passed.Clear();
                    t_passed = passed;
                }
            }
        }

        [ThreadStatic]
        private static List<IOperation>? t_passed;

        private static bool IsInsideLogging(IOperation operation, Dictionary<IOperation, bool> known, List<IOperation> passed)
        {
            bool answer = false;
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                if (known.TryGetValue(current, out answer))
                {
                    break;
                }

                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation || current is IBlockOperation)
                {
                    answer = false;
                    break;
                }

                if ((current is IInvocationOperation invocation && IsLogging(invocation)) || current is INameOfOperation)
                {
                    answer = true;
                    break;
                }

                passed.Add(current);
            }

            // Each operation passed answers as the walk did: the walk from it would have met the same ending.
            foreach (var operationPassed in passed)
            {
                known[operationPassed] = answer;
            }

            return answer;
        }

        /// <summary>True when the statement (or block) does nothing but log, or nothing at all; a trailing <c>break</c> allowed.</summary>
        public static bool OnlyLogs(IOperation? statement)
        {
            switch (statement)
            {
                case null:
                    return true;
                case IBlockOperation block:
                    foreach (var inner in block.Operations)
                    {
                        if (!OnlyLogs(inner))
                        {
                            return false;
                        }
                    }

                    return true;
                case IEmptyOperation:
                    return true;
                case IBranchOperation { BranchKind: BranchKind.Break }:
                    return true;
                case IExpressionStatementOperation expression:
                    var value = expression.Operation is IAwaitOperation awaited ? awaited.Operation : expression.Operation;
                    return Operations.SkipConversions(value) is IInvocationOperation invocation && IsLogging(invocation);
                default:
                    return false;
            }
        }
    }
}

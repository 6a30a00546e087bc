namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The forms of the CLST001 mistake, numbered as the rule page (docs/rules/CLST001.md) numbers them.</summary>
    internal enum PendingCancelForm
    {
        /// <summary>Form 1: PENDING_CANCEL grouped with the final statuses (a test, a collection, a switch branch).</summary>
        GroupedWithFinal = 1,

        /// <summary>Form 2: a function whose name says final / done / canceled answers yes for PENDING_CANCEL.</summary>
        AnswersYes = 2,

        /// <summary>Form 3: PENDING_CANCEL mapped to the canceled outcome (a value so named, or the same result as CANCELED).</summary>
        MappedToOutcome = 3,

        /// <summary>Form 4: the cancel call's answer taken as the outcome.</summary>
        AnswerTakenAsOutcome = 4,

        /// <summary>Form 5: only CANCELED accepted right after the cancel call.</summary>
        OnlyCanceledAccepted = 5,

        /// <summary>The answer of the cancel of all open orders (each normally PENDING_CANCEL) taken as their outcome.</summary>
        CancelAllTakenAsOutcome = 6,
    }
}

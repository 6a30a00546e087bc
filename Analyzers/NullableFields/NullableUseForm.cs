namespace Clst.Analyzers.NullableFields
{
    /// <summary>How a value that may be null is used without handling its null. Passed to the fixers in the diagnostic's properties.</summary>
    internal enum NullableUseForm
    {
        /// <summary><c>order.Symbol.Length</c>, <c>order.Symbol.Trim()</c>, <c>order.Details[0]</c>: throws <c>NullReferenceException</c>.</summary>
        Dereference,

        /// <summary><c>foreach (var d in order.Details)</c>: throws <c>NullReferenceException</c>.</summary>
        Enumeration,

        /// <summary><c>order.ExpiresAt.Value</c>: throws <c>InvalidOperationException</c>.</summary>
        Value,

        /// <summary><c>(decimal)order.AverageFillPrice</c>: throws <c>InvalidOperationException</c>.</summary>
        Cast,

        /// <summary><c>order.Symbol!</c>: silences the compiler; the API still sends null.</summary>
        Suppression,

        /// <summary><c>order.AverageFillPrice.GetValueOrDefault()</c>: a silent 0 or <c>0001-01-01</c>.</summary>
        GetValueOrDefault,

        /// <summary><c>decimal.Parse(order.Symbol)</c>: passed where null is not accepted (throws <c>ArgumentNullException</c>).</summary>
        Argument,
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary><c>IsFinal</c> and <c>IsPending</c>, member by member, against the contract README's lifecycle table.</summary>
    public class OrderStatusExtensionsTests
    {
        /// <summary>The README's table: status, final, pending.</summary>
        public static IEnumerable<object[]> Lifecycle => new[]
        {
            new object[] { OrderStatus.PendingNew, false, true },
            new object[] { OrderStatus.New, false, false },
            new object[] { OrderStatus.PartiallyFilled, false, false },
            new object[] { OrderStatus.Filled, true, false },
            new object[] { OrderStatus.Canceled, true, false },
            new object[] { OrderStatus.Rejected, true, false },
            new object[] { OrderStatus.Expired, true, false },
            new object[] { OrderStatus.PendingCancel, false, true },
            new object[] { OrderStatus.PendingReplace, false, true },
            new object[] { OrderStatus.Replaced, true, false },
            new object[] { OrderStatus.DoneForDay, false, false },
            new object[] { OrderStatus.Stopped, false, false },
            new object[] { OrderStatus.Suspended, false, false },
            new object[] { OrderStatus.Calculated, false, false },
            new object[] { OrderStatus.Other, false, false },
        };

        [Theory]
        [MemberData(nameof(Lifecycle))]
        public void IsFinalAndIsPendingFollowTheLifecycle(OrderStatus status, bool final, bool pending)
        {
            Assert.Equal(final, status.IsFinal());
            Assert.Equal(pending, status.IsPending());
        }

        [Fact]
        public void TheTableCoversEveryMemberOnce()
        {
            var listed = Lifecycle.Select(row => (OrderStatus)row[0]).ToList();
            Assert.Equal(Enum.GetValues<OrderStatus>(), listed);
        }

        [Fact]
        public void ExactlyFiveFinalAndThreePending()
        {
            var all = Enum.GetValues<OrderStatus>();
            Assert.Equal(
                new[] { OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced },
                all.Where(s => s.IsFinal()));
            Assert.Equal(new[] { OrderStatus.PendingNew, OrderStatus.PendingCancel, OrderStatus.PendingReplace }, all.Where(s => s.IsPending()));
        }

        [Fact]
        public void AValueOutsideTheEnumIsNeitherFinalNorPending()
        {
            var unknown = (OrderStatus)999;
            Assert.False(unknown.IsFinal());
            Assert.False(unknown.IsPending());
        }

        [Fact]
        public void AStatusTheModelDoesNotKnowReadsAsOtherWhichIsNotFinal()
        {
            var order = ClstJson.DeserializeCancelOpenOrderResponse(Bodies.WithDataField("status", "\"CANCEL_REQUESTED_V2\"")).Data;
            Assert.Equal(OrderStatus.Other, order.Status);
            Assert.False(order.Status.IsFinal());
        }
    }
}

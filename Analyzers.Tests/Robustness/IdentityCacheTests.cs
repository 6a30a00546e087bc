using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Shared;
using Xunit;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The per-compilation caches the rules and the recogniser ask on every call, field reference and property read
    /// (<see cref="IdentityCache{TKey,TValue}"/>): one answer per key, by identity, computed once, the same for every thread.
    /// </summary>
    public class IdentityCacheTests
    {
        [Fact]
        public void EachKeyIsComputedOnceAndAnsweredTheSameAfterTheTableGrows()
        {
            int computed = 0;
            var cache = new IdentityCache<object, int>(key => { Interlocked.Increment(ref computed); return key.GetHashCode(); }, capacity: 4);
            var keys = Enumerable.Range(0, 1000).Select(_ => new object()).ToList();

            var first = keys.Select(cache.Get).ToList();
            var again = keys.Select(cache.Get).ToList();

            Assert.Equal(1000, computed);
            Assert.Equal(1000, cache.Count);
            Assert.Equal(first, again);
            Assert.Equal(keys.Select(k => k.GetHashCode()), first);
        }

        [Fact]
        public void KeysAreToldApartByIdentityNotByEquality()
        {
            var cache = new IdentityCache<string, string>(key => "answer for " + key);
            var one = new string('a', 3);
            var other = new string('a', 3); // equal, not the same object

            Assert.Equal("answer for aaa", cache.Get(one));
            Assert.Equal("answer for aaa", cache.Get(other));
            Assert.Equal(2, cache.Count);
        }

        [Fact]
        public void ThreadsAskingTheSameKeysAtOnceAllGetTheFirstStoredAnswer()
        {
            int computed = 0;
            var cache = new IdentityCache<object, object>(_ => { Interlocked.Increment(ref computed); return new object(); }, capacity: 2);
            var keys = Enumerable.Range(0, 200).Select(_ => new object()).ToArray();
            var seen = new List<object>[8];

            Parallel.For(0, seen.Length, thread =>
            {
                seen[thread] = keys.Select(cache.Get).ToList();
            });

            Assert.Equal(keys.Length, cache.Count);
            Assert.InRange(computed, keys.Length, keys.Length * seen.Length);
            for (int i = 0; i < keys.Length; i++)
            {
                var stored = cache.Get(keys[i]);
                Assert.All(seen, answers => Assert.Same(stored, answers[i]));
            }
        }
    }
}

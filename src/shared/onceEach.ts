/**
 * `start` run once per key, its promise shared by every caller; a promise that fails is forgotten,
 * so the next call tries again (a fetch that failed offline succeeds once the network is back).
 * `started` holds the promises by key: a caller that passes its own may let them all go at once.
 */
export function onceEach<K, V>(
  start: (key: K) => Promise<V>,
  started = new Map<K, Promise<V>>(),
): (key: K) => Promise<V> {
  return (key) => {
    let pending = started.get(key);
    if (!pending) {
      pending = start(key);
      started.set(key, pending);
      pending.catch(() => started.delete(key));
    }
    return pending;
  };
}

/**
 * Main-thread timing of the content script for `npm run bench` only. In the bench build
 * (`wxt build --mode bench`) each call records a `duibiao:<name>` performance measure; in every other
 * build MODE is not 'bench', the branch is removed at build time and nothing is recorded.
 */
export function timed<T>(name: string, fn: () => T): T {
  if (import.meta.env.MODE !== 'bench') return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`duibiao:${name}`, { start, end: performance.now() });
  }
}

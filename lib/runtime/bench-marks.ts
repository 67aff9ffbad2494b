/**
 * Main-thread timing for `npm run bench` only (content scripts and extension pages). In the bench build
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

/** The same for async work: the measure spans from the call to the settled promise (not main-thread time). */
export async function timedAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (import.meta.env.MODE !== 'bench') return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    performance.measure(`duibiao:${name}`, { start, end: performance.now() });
  }
}

/** `duibiao:startup`: from the script's first statement (lib/runtime/bench-start.ts) to now. Bench build only. */
export function measureStartup(): void {
  if (import.meta.env.MODE !== 'bench') return;
  if (performance.getEntriesByName('duibiao:script-start').length) performance.measure('duibiao:startup', 'duibiao:script-start');
}

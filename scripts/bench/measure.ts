/** Small benchmark kit: every case is reported as a ratio against a reference measured in the same run. */

export interface Timing {
  /** Median time of one operation, in microseconds. */
  medianUs: number;
  /** 95th percentile of the per-round mean, in microseconds. */
  p95Us: number;
  rounds: number;
  opsPerRound: number;
}

export interface BenchResult {
  name: string;
  subject: Timing;
  reference: Timing;
  referenceName: string;
  /** subject median / reference median. */
  ratio: number;
  notes?: string;
}

/** Times `fn` in rounds of `opsPerRound` calls after a warm-up; returns per-operation statistics. */
export async function measure(fn: () => unknown | Promise<unknown>, rounds = 30, opsPerRound = 20): Promise<Timing> {
  for (let i = 0; i < Math.min(5, rounds); i++) await fn();
  const perOp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < opsPerRound; i++) await fn();
    perOp.push(((performance.now() - start) * 1000) / opsPerRound);
  }
  perOp.sort((a, b) => a - b);
  return {
    medianUs: perOp[Math.floor(perOp.length / 2)]!,
    p95Us: perOp[Math.min(perOp.length - 1, Math.floor(perOp.length * 0.95))]!,
    rounds,
    opsPerRound,
  };
}

/** Median and p95 of single-operation times given in milliseconds (for cases timed one run at a time). */
export function timingOf(msTimes: readonly number[]): Timing {
  const sorted = [...msTimes].sort((a, b) => a - b);
  return {
    medianUs: sorted[Math.floor(sorted.length / 2)]! * 1000,
    p95Us: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]! * 1000,
    rounds: sorted.length,
    opsPerRound: 1,
  };
}

/** Measures subject and reference interleaved (A, B, A, B…) so machine noise hits both alike. */
export async function compare(
  name: string,
  subject: () => unknown,
  referenceName: string,
  reference: () => unknown,
  rounds = 30,
  opsPerRound = 20,
): Promise<BenchResult> {
  const a: Timing[] = [];
  const b: Timing[] = [];
  for (let i = 0; i < 3; i++) {
    a.push(await measure(subject, Math.ceil(rounds / 3), opsPerRound));
    b.push(await measure(reference, Math.ceil(rounds / 3), opsPerRound));
  }
  const pick = (ts: Timing[]): Timing => ts.sort((x, y) => x.medianUs - y.medianUs)[1]!;
  const s = pick(a);
  const r = pick(b);
  return { name, subject: s, reference: r, referenceName, ratio: s.medianUs / r.medianUs };
}

export function formatResults(results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.subject.medianUs.toFixed(2)} µs (p95 ${r.subject.p95Us.toFixed(2)}) | ${r.referenceName}: ${r.reference.medianUs.toFixed(2)} µs | ${r.ratio.toFixed(2)}× |${r.notes ? ` ${r.notes}` : ''}`,
  );
  return ['| case | subject (median/op) | reference (median/op) | ratio |', '|---|---|---|---|', ...rows].join('\n');
}

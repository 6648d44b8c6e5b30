// Timing helpers the benchmarks share, so every figure in the suite is measured the same way.

export interface LatencySample {
  /** Operations completed. */
  count: number;
  /** Wall-clock seconds for all of them. */
  seconds: number;
  /** One entry per operation, in milliseconds. */
  latenciesMs: number[];
}

/**
 * Runs `operation(i)` for i = 0…count−1 with `concurrency` of them in flight at any moment (a
 * closed loop: each client starts its next operation when the last one answers), recording
 * each one's latency.
 */
export async function measureConcurrent(
  count: number,
  concurrency: number,
  operation: (i: number) => Promise<unknown>,
): Promise<LatencySample> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = process.hrtime.bigint();
        await operation(i);
        latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return { count, seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function throughput(sample: LatencySample): number {
  return sample.count / sample.seconds;
}

/**
 * Median rate (operations per second) of `rounds` timed rounds of `round()` after `warmUps`
 * untimed ones; `round()` returns how many operations it did. For CPU-bound work measured on
 * one thread, where a single round is at the mercy of the machine's other load.
 */
export function medianRate(round: () => number, options: { rounds?: number; warmUps?: number } = {}): number {
  const { rounds = 7, warmUps = 3 } = options;
  for (let i = 0; i < warmUps; i++) round();
  const rates: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const operations = round();
    rates.push(operations / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return median(rates);
}

/**
 * Benchmark: evaluations per second on one core (one Node.js thread) for a mixed batch of WA,
 * MA, CO and NY requests, measured next to a plain-number baseline of the same pipeline
 * (bench/number-baseline.ts) in the same run. Targets: ≥ 100,000 evaluations per second, and
 * no more than 10× slower than the baseline. Exits with status 1 if a target is missed.
 *
 * Each measurement is the median of several timed rounds after a warm-up; requests are plain
 * objects as the API passes them (JSON parsing is not measured; the CLI adds it).
 */
import { evaluate, isErrorResult } from "../src";
import { mixedBatch } from "./batch";
import { evaluateWithNumbers } from "./number-baseline";

const TARGET_PER_SECOND = 100_000;
const MAX_SLOWDOWN = 10;
const BATCH_SIZE = 4_000;
const ROUNDS = 7;
const ROUND_MILLISECONDS = 700;

const batch = mixedBatch(BATCH_SIZE);

/** Runs `evaluateOne` over the batch repeatedly; returns the median evaluations per second. */
function measure(evaluateOne: (request: Record<string, unknown>) => unknown): number {
  let sink = 0;
  for (let warm = 0; warm < 3; warm++) for (const request of batch) sink ^= evaluateOne(request) === null ? 1 : 0;
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let evaluations = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < ROUND_MILLISECONDS) {
      for (const request of batch) sink ^= evaluateOne(request) === null ? 1 : 0;
      evaluations += batch.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    rates.push((evaluations / elapsed) * 1000);
  }
  if (sink === 2) console.log(""); // keeps the results observable to the optimiser
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

/** Checks the batch (every request must evaluate) and counts where the float baseline differs. */
function checkBatch(): { errors: number; example: string; differences: number } {
  let errors = 0;
  let example = "";
  let differences = 0;
  for (const request of batch) {
    const exact = evaluate(request);
    if (isErrorResult(exact)) {
      errors++;
      example = JSON.stringify(exact);
      continue;
    }
    const float = evaluateWithNumbers(request) as { weeklyBenefitAmount?: string; averageWeeklyWage?: string };
    if (float.weeklyBenefitAmount !== exact.weeklyBenefitAmount || float.averageWeeklyWage !== exact.averageWeeklyWage)
      differences++;
  }
  return { errors, example, differences };
}

function main(): number {
  // Every request in the batch must evaluate; an error result would make the figure meaningless.
  const { errors, example, differences } = checkBatch();
  if (errors > 0) {
    console.error(`benchmark batch has ${errors} error results, e.g. ${example}`);
    return 1;
  }

  const mix = ["WA PFML", "MA PFML", "CO FAMLI", "NY PFL"].join(", ");
  console.log(
    `@openleave/rules benchmark — ${BATCH_SIZE} requests (${mix}; wage quarters or 8 weeks of pay), node ${process.version}, one thread`,
  );
  const decimal = measure((request) => evaluate(request));
  const baseline = measure((request) => evaluateWithNumbers(request));
  const slowdown = baseline / decimal;
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
  line(
    "evaluate (decimal.js):",
    `${Math.round(decimal).toLocaleString("en-US")} evaluations/s (${(1e6 / decimal).toFixed(2)} µs each)`,
  );
  line(
    "baseline (same pipeline, JS numbers):",
    `${Math.round(baseline).toLocaleString("en-US")} evaluations/s (${(1e6 / baseline).toFixed(2)} µs each)`,
  );
  line("decimal cost:", `${slowdown.toFixed(2)}× the baseline`);
  line("baseline answers that differ from exact:", `${differences} of ${BATCH_SIZE} (AWW or weekly benefit)`);

  const missed: string[] = [];
  if (decimal < TARGET_PER_SECOND)
    missed.push(`throughput ${Math.round(decimal)} < ${TARGET_PER_SECOND} evaluations/s`);
  if (slowdown > MAX_SLOWDOWN) missed.push(`${slowdown.toFixed(2)}× slower than the baseline (limit ${MAX_SLOWDOWN}×)`);
  if (missed.length > 0) {
    console.log(`  TARGET MISSED: ${missed.join("; ")}`);
    return 1;
  }
  console.log(
    `  targets met: ≥ ${TARGET_PER_SECOND.toLocaleString("en-US")} evaluations/s and ≤ ${MAX_SLOWDOWN}× the baseline`,
  );
  return 0;
}

process.exitCode = main();

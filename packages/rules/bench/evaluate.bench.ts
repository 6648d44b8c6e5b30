/**
 * Benchmark: evaluations per second on one core (one Node.js thread) for a mixed batch of WA,
 * MA, CO and NY requests, measured next to a plain-number baseline of the same pipeline
 * (bench/number-baseline.ts) in the same run. Targets: ≥ 100,000 evaluations per second, and
 * no more than 10× slower than the baseline. A missed target is reported (`pnpm bench` lists it);
 * the process fails only if the benchmark itself breaks.
 *
 * Each measurement is the median of several timed rounds after a warm-up; requests are plain
 * objects as the API passes them (JSON parsing is not measured; the CLI adds it).
 */
import { runBenchmark } from "@openleave/bench";
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

await runBenchmark({ id: "rules-evaluate", title: "Rules: evaluations per second, one thread" }, (report) => {
  // Every request in the batch must evaluate; an error result would make the figure meaningless.
  const { errors, example, differences } = checkBatch();
  if (errors > 0) throw new Error(`benchmark batch has ${errors} error results, e.g. ${example}`);

  const mix = ["WA PFML", "MA PFML", "CO FAMLI", "NY PFL"].join(", ");
  report.context({ requests: BATCH_SIZE, mix, node: process.version, rounds: ROUNDS });
  const decimal = measure((request) => evaluate(request));
  const baseline = measure((request) => evaluateWithNumbers(request));
  report.figure({
    key: "evaluate.per-second",
    label: "evaluate (decimal.js)",
    unit: "evaluations/s",
    value: decimal,
    better: "higher",
    baseline: { label: "same pipeline, JS numbers", value: baseline },
    target: { absolute: TARGET_PER_SECOND, maxRatio: MAX_SLOWDOWN },
  });
  report.note(
    `Requests: ${mix}, wage quarters or 8 weeks of pay. The JS-number baseline answers differently from the exact engine for ${differences} of ${BATCH_SIZE} requests (AWW or weekly benefit).`,
  );
});

// What a benchmark reports: figures, each measured next to a baseline in the same run, and the
// targets they are held to. A missed target is a finding, never a reason to stop the suite.

/** Which way is good: latencies and costs are "lower", throughputs are "higher". */
export type Direction = "lower" | "higher";

export interface Target {
  /** At most this many times the baseline's cost (see `ratio`). */
  maxRatio?: number;
  /** An absolute floor (for "higher" figures) or ceiling (for "lower" figures), in the figure's unit. */
  absolute?: number;
}

export interface FigureInput {
  /** Stable key within the benchmark, e.g. "claim-detail.c16.p95". Used to compare runs. */
  key: string;
  /** What a reader sees, e.g. "claim detail p95, 16 clients". */
  label: string;
  unit: string;
  value: number;
  better: Direction;
  /** The same work done the simplest way (raw SQL, COPY, plain arithmetic), measured in the same run. */
  baseline?: { label: string; value: number };
  target?: Target;
}

export interface Figure extends FigureInput {
  /**
   * How many times the baseline's cost this figure is, so that more than 1 always means
   * slower than the baseline: value ÷ baseline for "lower" figures (a p95 of 30 ms against
   * 10 ms is 3), baseline ÷ value for "higher" ones (90,000/s against 900,000/s is 10).
   */
  ratio: number | null;
  /** Every target this figure misses, in words; empty when it meets them all (or has none). */
  missed: string[];
}

export function ratioOf(figure: FigureInput): number | null {
  const baseline = figure.baseline?.value;
  if (baseline === undefined || !Number.isFinite(baseline) || !Number.isFinite(figure.value)) return null;
  const [cost, reference] = figure.better === "lower" ? [figure.value, baseline] : [baseline, figure.value];
  if (reference <= 0) return null;
  return cost / reference;
}

export function evaluateFigure(input: FigureInput): Figure {
  const ratio = ratioOf(input);
  const missed: string[] = [];
  const { maxRatio, absolute } = input.target ?? {};
  if (maxRatio !== undefined) {
    if (ratio === null) missed.push(`no baseline to hold to ${maxRatio}× of`);
    else if (ratio > maxRatio) missed.push(`${formatRatio(ratio)} the baseline (target ≤ ${maxRatio}×)`);
  }
  if (absolute !== undefined) {
    const ok = input.better === "lower" ? input.value <= absolute : input.value >= absolute;
    if (!ok) {
      const sign = input.better === "lower" ? "≤" : "≥";
      missed.push(
        `${formatNumber(input.value)} ${input.unit} (target ${sign} ${formatNumber(absolute)} ${input.unit})`,
      );
    }
  }
  return { ...input, ratio, missed };
}

export function describeTarget(target: Target | undefined, better: Direction, unit: string): string {
  if (!target) return "";
  const parts: string[] = [];
  if (target.maxRatio !== undefined) parts.push(`≤ ${target.maxRatio}×`);
  if (target.absolute !== undefined)
    parts.push(`${better === "lower" ? "≤" : "≥"} ${formatNumber(target.absolute)} ${unit}`);
  return parts.join(", ");
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatRatio(ratio: number | null): string {
  return ratio === null ? "—" : `${ratio.toFixed(2)}×`;
}

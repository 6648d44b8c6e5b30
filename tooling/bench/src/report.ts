// One benchmark's run: the figures it records, printed beside their baselines, and the report
// the suite runner collects into bench/results.json. A benchmark file calls `runBenchmark`
// once; it can also be run on its own (`tsx bench/<name>.bench.ts`) and prints the same table.
import { writeFileSync } from "node:fs";
import { describeTarget, evaluateFigure, formatNumber, formatRatio, type Figure, type FigureInput } from "./figures";

/** The file the suite runner reads this benchmark's report from (set by the runner). */
export const REPORT_FILE_ENV = "OPENLEAVE_BENCH_REPORT";

export type ContextValue = string | number | boolean | null;

export interface BenchmarkReport {
  id: string;
  title: string;
  /** "crashed" when the benchmark threw: its figures are whatever it recorded before that. */
  status: "ok" | "crashed";
  error?: string;
  startedAt: string;
  durationSeconds: number;
  /** What the figures depend on: database, data size, clients, versions. */
  context: Record<string, ContextValue>;
  notes: string[];
  figures: Figure[];
}

export interface Recorder {
  /** Records a figure (its ratio and missed targets are computed here) and returns it. */
  figure(input: FigureInput): Figure;
  context(values: Record<string, ContextValue>): void;
  /** A sentence a reader of the results needs, e.g. why a baseline runs on one connection. */
  note(text: string): void;
  /** Progress for the console only. */
  log(text: string): void;
}

export async function runBenchmark(
  meta: { id: string; title: string },
  body: (recorder: Recorder) => Promise<void> | void,
): Promise<BenchmarkReport> {
  const started = Date.now();
  const report: BenchmarkReport = {
    ...meta,
    status: "ok",
    startedAt: new Date(started).toISOString(),
    durationSeconds: 0,
    context: {},
    notes: [],
    figures: [],
  };
  const recorder: Recorder = {
    figure(input) {
      const figure = evaluateFigure(input);
      report.figures.push(figure);
      return figure;
    },
    context(values) {
      Object.assign(report.context, values);
    },
    note(text) {
      report.notes.push(text);
    },
    log(text) {
      console.log(`  ${text}`);
    },
  };
  console.log(`\n▸ ${meta.title}`);
  try {
    await body(recorder);
  } catch (error) {
    report.status = "crashed";
    report.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`\n✗ ${meta.id} crashed: ${report.error}`);
  }
  report.durationSeconds = (Date.now() - started) / 1000;
  console.log(`\n${renderReport(report)}`);
  const file = process.env[REPORT_FILE_ENV];
  if (file) writeFileSync(file, JSON.stringify(report, null, 2));
  // Only a crash is a failure: a missed target is reported, and the suite carries on.
  process.exitCode = report.status === "crashed" ? 1 : 0;
  return report;
}

/** The figures as an aligned table, missed targets marked, context and notes below it. */
export function renderReport(report: BenchmarkReport): string {
  const rows = [
    ["figure", "value", "baseline (same run)", "ratio", "target", ""],
    ...report.figures.map((f) => [
      f.label,
      `${formatNumber(f.value)} ${f.unit}`,
      f.baseline ? `${formatNumber(f.baseline.value)} ${f.unit}  ${f.baseline.label}` : "—",
      formatRatio(f.ratio),
      describeTarget(f.target, f.better, f.unit),
      f.missed.length ? `MISSED: ${f.missed.join("; ")}` : f.target ? "met" : "",
    ]),
  ];
  const lines = [
    `${report.title} — ${report.status === "ok" ? "finished" : "CRASHED"} in ${report.durationSeconds.toFixed(0)} s`,
  ];
  lines.push(...table(rows, [1, 3]).map((line) => `  ${line}`));
  const context = Object.entries(report.context).map(([k, v]) => `${k}=${v}`);
  if (context.length) lines.push(`  context: ${context.join(", ")}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines.join("\n");
}

/** Rows as aligned text columns; numbers read best right-aligned (`rightAligned` column indexes). */
export function table(rows: string[][], rightAligned: number[] = []): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join("  ")
      .trimEnd(),
  );
}

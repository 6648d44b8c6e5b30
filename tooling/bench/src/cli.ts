// `pnpm bench [filter…]`: runs every benchmark in the workspace — each `bench/*.bench.ts` file of
// an app or package — one after another, each in its own process, to the end. It prints every
// figure beside its same-run baseline and ratio, lists the missed targets, and writes
// bench/results.json. It exits non-zero only when a benchmark crashed (threw, exited non-zero,
// hung past BENCH_TIMEOUT_MINUTES or wrote no report): a missed target on a shared machine is a
// finding to read, not a broken build. A filter keeps the benchmarks whose path contains it
// (`pnpm bench rules`, `pnpm bench api-load`).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatNumber, formatRatio, describeTarget } from "./figures";
import { commitInfo, machineInfo, type MachineInfo } from "./machine";
import { REPORT_FILE_ENV, table, type BenchmarkReport } from "./report";

const repositoryRoot = path.resolve(import.meta.dirname, "../../..");
const WORKSPACE_FOLDERS = ["packages", "apps"];
const timeoutMinutes = Number(process.env.BENCH_TIMEOUT_MINUTES ?? 60);

export interface SuiteResults {
  date: string;
  commit: ReturnType<typeof commitInfo>;
  machine: MachineInfo;
  /** Load averages when the last benchmark finished (machine.loadAverage is at the start). */
  loadAverageAtEnd: number[];
  environment: Record<string, string | null>;
  durationSeconds: number;
  benchmarks: (BenchmarkReport & { file: string; exitCode: number | null })[];
  missedTargets: { benchmark: string; figure: string; missed: string[] }[];
  crashed: string[];
}

/** Every benchmark file, as a path relative to the repository, in a stable order. */
export function discoverBenchmarks(root = repositoryRoot): string[] {
  const files: string[] = [];
  for (const folder of WORKSPACE_FOLDERS) {
    const parent = path.join(root, folder);
    if (!existsSync(parent)) continue;
    for (const pkg of readdirSync(parent, { withFileTypes: true })) {
      const benchDir = path.join(parent, pkg.name, "bench");
      if (!pkg.isDirectory() || !existsSync(benchDir)) continue;
      for (const file of readdirSync(benchDir).sort()) {
        if (file.endsWith(".bench.ts")) files.push(path.join(folder, pkg.name, "bench", file));
      }
    }
  }
  return files;
}

async function runOne(
  root: string,
  file: string,
  reportFile: string,
): Promise<{ exitCode: number | null; timedOut: boolean }> {
  const packageDir = path.join(root, file.split(path.sep).slice(0, 2).join(path.sep));
  // tsx resolved from here, so a package need not depend on it to have a benchmark.
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), path.join(root, file)], {
    cwd: packageDir,
    env: { ...process.env, [REPORT_FILE_ENV]: reportFile },
    stdio: "inherit",
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  }, timeoutMinutes * 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  clearTimeout(timer);
  return { exitCode, timedOut };
}

function crashReport(file: string, reason: string): BenchmarkReport {
  return {
    id: path.basename(file, ".bench.ts"),
    title: file,
    status: "crashed",
    error: reason,
    startedAt: new Date().toISOString(),
    durationSeconds: 0,
    context: {},
    notes: [],
    figures: [],
  };
}

export function summarize(results: SuiteResults): string {
  const rows = [["benchmark", "figure", "value", "baseline", "ratio", "target", ""]];
  for (const bench of results.benchmarks) {
    if (bench.figures.length === 0) rows.push([bench.id, "(no figures)", "", "", "", "", bench.status.toUpperCase()]);
    for (const f of bench.figures) {
      rows.push([
        bench.id,
        f.label,
        `${formatNumber(f.value)} ${f.unit}`,
        f.baseline ? `${formatNumber(f.baseline.value)} ${f.unit}` : "—",
        formatRatio(f.ratio),
        describeTarget(f.target, f.better, f.unit),
        f.missed.length ? "MISSED" : f.target ? "met" : "",
      ]);
    }
  }
  const lines = ["", "════ Benchmark suite summary ════", ...table(rows, [2, 3, 4])];
  lines.push(
    "",
    `machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, node ${results.machine.node}; ` +
      `load average ${results.machine.loadAverage.join(" / ")} at the start, ${results.loadAverageAtEnd.join(" / ")} at the end`,
    `commit: ${results.commit.sha ?? "unknown"}${results.commit.dirty ? " (with uncommitted changes)" : ""}`,
  );
  if (results.missedTargets.length) {
    lines.push("", `Missed targets (${results.missedTargets.length}):`);
    for (const m of results.missedTargets) lines.push(`  ✗ ${m.benchmark}: ${m.figure} — ${m.missed.join("; ")}`);
  } else lines.push("", "Every target was met.");
  if (results.crashed.length) lines.push("", `Crashed (${results.crashed.length}): ${results.crashed.join(", ")}`);
  return lines.join("\n");
}

/** Runs the given benchmark files one after another and collects what they report. */
export async function runSuite(options: { root: string; files: string[]; filters?: string[] }): Promise<SuiteResults> {
  const { root, files, filters = [] } = options;
  const started = Date.now();
  const machine = machineInfo();
  const scratch = mkdtempSync(path.join(tmpdir(), "openleave-bench-reports-"));
  console.log(`Running ${files.length} benchmark(s): ${files.join(", ")}`);
  console.log(`Load average at the start: ${machine.loadAverage.join(" / ")} on ${machine.cpus} CPUs`);
  const benchmarks: SuiteResults["benchmarks"] = [];
  try {
    for (const [index, file] of files.entries()) {
      const reportFile = path.join(scratch, `${index}.json`);
      const { exitCode, timedOut } = await runOne(root, file, reportFile);
      let report: BenchmarkReport;
      if (existsSync(reportFile)) {
        report = JSON.parse(readFileSync(reportFile, "utf8")) as BenchmarkReport;
        if (exitCode !== 0 && report.status === "ok") {
          report.status = "crashed";
          report.error = `exited with code ${exitCode} after reporting`;
        }
      } else {
        report = crashReport(
          file,
          timedOut
            ? `did not finish within ${timeoutMinutes} minutes`
            : `exited with code ${exitCode} without a report`,
        );
      }
      benchmarks.push({ ...report, file, exitCode });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    date: new Date(started).toISOString(),
    commit: commitInfo(root),
    machine,
    loadAverageAtEnd: machineInfo().loadAverage,
    environment: {
      database:
        process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
          ? "PostgreSQL (BENCH_DATABASE_URL / TEST_DATABASE_URL)"
          : "embedded PGlite",
      filters: filters.length ? filters.join(" ") : null,
    },
    durationSeconds: (Date.now() - started) / 1000,
    benchmarks,
    missedTargets: benchmarks.flatMap((b) =>
      b.figures.filter((f) => f.missed.length).map((f) => ({ benchmark: b.id, figure: f.label, missed: f.missed })),
    ),
    crashed: benchmarks.filter((b) => b.status === "crashed").map((b) => b.id),
  };
}

async function main() {
  const filters = process.argv.slice(2).filter((arg) => arg !== "--");
  const all = discoverBenchmarks();
  const files = all.filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)));
  if (files.length === 0) {
    console.error(`No benchmark matches ${filters.join(", ")}. Benchmarks: ${all.join(", ")}`);
    process.exit(2);
  }
  const results = await runSuite({ root: repositoryRoot, files, filters });
  const out = path.join(repositoryRoot, "bench", "results.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(summarize(results));
  console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
  process.exitCode = results.crashed.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();

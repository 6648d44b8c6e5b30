// The runner over a throw-away workspace: a benchmark that meets its target, one that misses it,
// one that crashes half-way and one that dies without a report. Every one runs; only the crashes
// count as failures; the missed target is listed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverBenchmarks, runSuite, summarize } from "../src/cli";

const root = mkdtempSync(path.join(tmpdir(), "openleave-bench-suite-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const harness = JSON.stringify(path.resolve(import.meta.dirname, "../src/index.ts"));

function benchmark(pkg: string, name: string, body: string) {
  const dir = path.join(root, "packages", pkg, "bench");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(root, "packages", pkg, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(path.join(dir, `${name}.bench.ts`), `import { runBenchmark } from ${harness};\n${body}\n`);
}

const figure = (value: number) =>
  `r.figure({ key: "f", label: "work p95", unit: "ms", value: ${value}, better: "lower", baseline: { label: "plain", value: 10 }, target: { maxRatio: 3 } });`;
benchmark("alpha", "fast", `await runBenchmark({ id: "fast", title: "Fast" }, (r) => { ${figure(20)} });`);
benchmark("alpha", "slow", `await runBenchmark({ id: "slow", title: "Slow" }, (r) => { ${figure(45)} });`);
benchmark(
  "beta",
  "broken",
  `await runBenchmark({ id: "broken", title: "Broken" }, (r) => { ${figure(15)} throw new Error("database went away"); });`,
);
benchmark("beta", "vanishes", `process.exit(3);`);

describe("the benchmark suite runner", () => {
  it("runs every benchmark to the end and keeps what each one reported", async () => {
    const files = discoverBenchmarks(root);
    expect(files).toEqual([
      path.join("packages", "alpha", "bench", "fast.bench.ts"),
      path.join("packages", "alpha", "bench", "slow.bench.ts"),
      path.join("packages", "beta", "bench", "broken.bench.ts"),
      path.join("packages", "beta", "bench", "vanishes.bench.ts"),
    ]);
    const results = await runSuite({ root, files });
    expect(results.benchmarks.map((b) => [b.id, b.status])).toEqual([
      ["fast", "ok"],
      ["slow", "ok"],
      ["broken", "crashed"],
      ["vanishes", "crashed"],
    ]);
    // A missed target is reported, and does not make its benchmark a failure.
    expect(results.missedTargets).toEqual([
      { benchmark: "slow", figure: "work p95", missed: ["4.50× the baseline (target ≤ 3×)"] },
    ]);
    expect(results.crashed).toEqual(["broken", "vanishes"]);
    // The crashed benchmark keeps the figures it had measured, with the reason.
    const broken = results.benchmarks[2]!;
    expect(broken.figures.map((f) => f.ratio)).toEqual([1.5]);
    expect(broken.error).toMatch(/database went away/);
    expect(results.benchmarks[3]!.error).toBe("exited with code 3 without a report");
    expect(results.machine.cpus).toBeGreaterThan(0);
    expect(results.machine.loadAverage).toHaveLength(3);

    const summary = summarize(results);
    expect(summary).toMatch(/slow\s+work p95\s+45\.0 ms\s+10\.0 ms\s+4\.50×\s+≤ 3×\s+MISSED/);
    expect(summary).toMatch(/Crashed \(2\): broken, vanishes/);
  });
});

// @openleave/bench — the benchmark suite's harness (see docs/benchmarks.md).
export { describeTarget, evaluateFigure, formatNumber, formatRatio, ratioOf } from "./figures";
export type { Direction, Figure, FigureInput, Target } from "./figures";
export { measureConcurrent, median, medianRate, percentile, throughput } from "./measure";
export type { LatencySample } from "./measure";
export { renderReport, runBenchmark } from "./report";
export type { BenchmarkReport, ContextValue, Recorder } from "./report";

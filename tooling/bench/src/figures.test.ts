import { describe, expect, it } from "vitest";
import { evaluateFigure, ratioOf } from "./figures";

describe("ratio to the baseline", () => {
  it("is value ÷ baseline for figures where lower is better (latency)", () => {
    expect(
      ratioOf({
        key: "k",
        label: "p95",
        unit: "ms",
        value: 30,
        better: "lower",
        baseline: { label: "raw", value: 10 },
      }),
    ).toBe(3);
  });

  it("is baseline ÷ value for figures where higher is better (throughput), so above 1 always means slower", () => {
    expect(
      ratioOf({
        key: "k",
        label: "rate",
        unit: "/s",
        value: 90_000,
        better: "higher",
        baseline: { label: "numbers", value: 900_000 },
      }),
    ).toBe(10);
  });

  it("is null without a usable baseline", () => {
    expect(ratioOf({ key: "k", label: "x", unit: "ms", value: 5, better: "lower" })).toBeNull();
    expect(
      ratioOf({ key: "k", label: "x", unit: "ms", value: 5, better: "lower", baseline: { label: "b", value: 0 } }),
    ).toBeNull();
  });
});

describe("targets", () => {
  const latency = {
    key: "k",
    label: "p95",
    unit: "ms",
    better: "lower" as const,
    baseline: { label: "raw", value: 10 },
  };

  it("meets a ratio target at or under the limit and misses it above", () => {
    expect(evaluateFigure({ ...latency, value: 30, target: { maxRatio: 3 } }).missed).toEqual([]);
    expect(evaluateFigure({ ...latency, value: 31, target: { maxRatio: 3 } }).missed).toEqual([
      "3.10× the baseline (target ≤ 3×)",
    ]);
  });

  it("reads an absolute target as a ceiling for lower-is-better and a floor for higher-is-better", () => {
    expect(evaluateFigure({ ...latency, value: 12, target: { absolute: 10 } }).missed).toHaveLength(1);
    expect(evaluateFigure({ ...latency, value: 9, target: { absolute: 10 } }).missed).toEqual([]);
    const rate = { key: "r", label: "rate", unit: "evaluations/s", better: "higher" as const };
    expect(evaluateFigure({ ...rate, value: 90_156, target: { absolute: 100_000 } }).missed).toEqual([
      "90,156 evaluations/s (target ≥ 100,000 evaluations/s)",
    ]);
    expect(evaluateFigure({ ...rate, value: 100_000, target: { absolute: 100_000 } }).missed).toEqual([]);
  });

  it("reports every target a figure misses, not only the first", () => {
    const figure = evaluateFigure({ ...latency, value: 50, target: { maxRatio: 3, absolute: 20 } });
    expect(figure.missed).toHaveLength(2);
  });

  it("counts a ratio target without a baseline as missed rather than met", () => {
    const figure = evaluateFigure({
      key: "k",
      label: "p95",
      unit: "ms",
      better: "lower",
      value: 1,
      target: { maxRatio: 3 },
    });
    expect(figure.missed).toEqual(["no baseline to hold to 3× of"]);
  });
});

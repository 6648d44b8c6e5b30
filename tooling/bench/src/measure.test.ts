import { describe, expect, it } from "vitest";
import { measureConcurrent, percentile } from "./measure";

describe("percentile (nearest rank)", () => {
  it("picks the value at the rank, not an interpolation", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe("measureConcurrent", () => {
  it("runs every operation once and never more than `concurrency` at a time", async () => {
    let inFlight = 0;
    let most = 0;
    const seen = new Set<number>();
    const sample = await measureConcurrent(50, 4, async (i) => {
      seen.add(i);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
    });
    expect(sample.count).toBe(50);
    expect(sample.latenciesMs).toHaveLength(50);
    expect(seen.size).toBe(50);
    expect(most).toBe(4);
  });
});

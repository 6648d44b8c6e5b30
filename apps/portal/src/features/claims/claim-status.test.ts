import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES, toneForStatus } from "./claim-status";
import { leaveSpan } from "./leave-dates";
import { TONES, contrastRatio } from "./status-tones";

describe("status tags", () => {
  it.each(Object.entries(TONES))("the %s tone has AA text contrast (4.5:1)", (_tone, colours) => {
    expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every claim status a tone", () => {
    for (const status of CLAIM_STATUSES) expect(TONES[toneForStatus(status)]).toBeDefined();
  });

  it("makes 'we need more information' stand out from ordinary progress", () => {
    expect(toneForStatus("INFO_REQUESTED")).not.toBe(toneForStatus("IN_REVIEW"));
  });

  it("computes known contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
  });
});

describe("leaveSpan", () => {
  it("spans from the earliest start to the latest end", () => {
    expect(
      leaveSpan([
        { startDate: "2027-01-04", endDate: "2027-01-29" },
        { startDate: "2026-12-12", endDate: "2027-01-01" },
      ]),
    ).toEqual({ start: "2026-12-12", end: "2027-01-29" });
  });

  it("is empty without periods", () => {
    expect(leaveSpan([])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { date } from "../core/calendar-date";
import type { LeaveReason } from "../core/vocabulary";
import { type EntitlementCaps, daysInWindow, entitlementLedger, weeksFromDays } from "./entitlement-ledger";
import { forwardYear, rollingBack12Months, rollingBack52Weeks } from "../leave-window/leave-window";

const leave = (leaveReason: LeaveReason, start: string, end: string) => ({
  leaveReason,
  startDate: date(start),
  endDate: date(end),
});

describe("leave windows", () => {
  it("a 52-week benefit year starts on the Sunday on or before the anchor and lasts 364 days", () => {
    const w = forwardYear(date("2024-07-17"), [], { length: "weeks-52", startOnSunday: true, label: "by" });
    expect(w).toMatchObject({ start: "2024-07-14", end: "2025-07-12" });
  });
  it("an earlier leave's year still running is the current year; once ended, a new one starts", () => {
    const rule = { length: "weeks-52", startOnSunday: true, label: "by" } as const;
    expect(forwardYear(date("2024-09-01"), [date("2024-03-05")], rule).start).toBe("2024-03-03");
    expect(forwardYear(date("2025-03-02"), [date("2024-03-05")], rule).start).toBe("2025-03-02");
  });
  it("a 12-month application year measured forward from the anchor", () => {
    expect(
      forwardYear(date("2024-01-31"), [], { length: "months-12", startOnSunday: false, label: "ay" }),
    ).toMatchObject({ start: "2024-01-31", end: "2025-01-30" });
  });
  it("rolling look-back windows end the day before the leave", () => {
    expect(rollingBack52Weeks(date("2025-03-10"), "52w")).toMatchObject({ start: "2024-03-11", end: "2025-03-09" });
    expect(rollingBack12Months(date("2025-03-10"), "12m")).toMatchObject({ start: "2024-03-10", end: "2025-03-09" });
  });
  it("counts only the days of a leave inside the window", () => {
    const w = rollingBack52Weeks(date("2025-03-10"), "52w");
    expect(daysInWindow(leave("BONDING", "2024-03-01", "2024-03-20"), w)).toBe(10);
    expect(daysInWindow(leave("BONDING", "2025-03-10", "2025-03-20"), w)).toBe(0);
  });
});

describe("entitlement ledger", () => {
  const window = forwardYear(date("2024-01-07"), [], { length: "weeks-52", startOnSunday: true, label: "by" });
  const waLike: EntitlementCaps = {
    buckets: [
      { id: "medical", reasons: ["OWN_HEALTH", "PREGNANCY"], weeks: 12 },
      { id: "family", reasons: ["BONDING", "FAMILY_CARE"], weeks: 12 },
    ],
    combinedWeeks: 16,
    pregnancyExtensionWeeks: 2,
  };
  const coLike: EntitlementCaps = {
    buckets: [{ id: "all", reasons: ["OWN_HEALTH", "PREGNANCY", "BONDING"], weeks: 12 }],
    combinedWeeks: 12,
    pregnancyExtensionWeeks: 4,
  };

  it("per-reason cap, combined cap, and an uncovered reason", () => {
    expect(entitlementLedger("OWN_HEALTH", [], window, waLike)).toMatchObject({
      maxWeeks: 12,
      maxCombinedWeeks: 16,
      remainingDays: 84,
    });
    expect(entitlementLedger("SAFE_LEAVE", [], window, waLike)).toMatchObject({ maxWeeks: 0, remainingDays: 0 });
  });
  it("the combined cap binds after leave for another reason", () => {
    const prior = [leave("OWN_HEALTH", "2024-01-07", "2024-03-30")]; // 84 days
    expect(entitlementLedger("BONDING", prior, window, waLike)).toMatchObject({ remainingDays: 28, remainingWeeks: 4 });
  });
  it("pregnancy extension: the pregnancy reason and the combined cap grow", () => {
    expect(entitlementLedger("PREGNANCY", [], window, waLike)).toMatchObject({
      maxWeeks: 14,
      maxCombinedWeeks: 18,
      pregnancyExtensionApplied: true,
    });
  });
  it("pregnancy leave draws on the extension first (CO: 4 weeks complications + 12 bonding = 16)", () => {
    const prior = [leave("PREGNANCY", "2024-01-07", "2024-02-03")]; // 28 days
    expect(entitlementLedger("BONDING", prior, window, coLike)).toMatchObject({
      maxWeeks: 12,
      maxCombinedWeeks: 16,
      remainingDays: 84,
    });
    const longer = [leave("PREGNANCY", "2024-01-07", "2024-02-17")]; // 42 days
    expect(entitlementLedger("BONDING", longer, window, coLike).remainingDays).toBe(70);
  });
  it("combined-only reasons count toward the combined cap only (NY PFL and DBL)", () => {
    const caps: EntitlementCaps = {
      buckets: [{ id: "pfl", reasons: ["BONDING"], weeks: 12 }],
      combinedWeeks: 26,
      combinedOnlyReasons: ["OWN_HEALTH"],
    };
    const prior = [leave("OWN_HEALTH", "2024-01-07", "2024-05-25")]; // 140 days
    expect(entitlementLedger("BONDING", prior, window, caps)).toMatchObject({
      remainingDays: 42,
      usedDaysForReason: 0,
      usedDaysCombined: 140,
    });
  });
  it("weeks are rounded down to hundredths", () => {
    expect(weeksFromDays(102)).toBe(14.57);
    expect(weeksFromDays(0)).toBe(0);
  });
});

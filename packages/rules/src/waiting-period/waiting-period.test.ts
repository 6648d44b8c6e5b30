import { describe, expect, it } from "vitest";
import { date } from "../core/calendar-date";
import { forwardYear } from "../leave-window/leave-window";
import { servedEarlierInWindow, waitingPeriod } from "./waiting-period";

describe("waiting period block", () => {
  it("is the program's days unless a waiver applies; the first applying waiver is reported", () => {
    expect(waitingPeriod(7, [])).toEqual({ days: 7, waivedBecause: null });
    expect(
      waitingPeriod(7, [
        { applies: false, because: "a" },
        { applies: true, because: "b" },
        { applies: true, because: "c" },
      ]),
    ).toEqual({ days: 0, waivedBecause: "b" });
  });

  it("knows when an earlier leave in the same window already served it", () => {
    const window = forwardYear(date("2024-07-15"), [date("2024-03-04")], {
      length: "weeks-52",
      startOnSunday: true,
      label: "claim year",
    });
    const prior = [{ leaveReason: "OWN_HEALTH" as const, startDate: date("2024-03-04"), endDate: date("2024-03-20") }];
    expect(servedEarlierInWindow(prior, window, () => true)).toBe(true);
    expect(servedEarlierInWindow(prior, window, (reason) => reason === "BONDING")).toBe(false);
    const older = [{ leaveReason: "OWN_HEALTH" as const, startDate: date("2023-01-02"), endDate: date("2023-01-20") }];
    expect(servedEarlierInWindow(older, window, () => true)).toBe(false);
  });
});

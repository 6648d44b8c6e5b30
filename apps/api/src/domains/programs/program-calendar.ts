// Each program's "today" is the calendar date where its agency is, not where the server is:
// an application submitted at 11 p.m. in Seattle is dated that day, not tomorrow (UTC).
import { todayIn } from "@openleave/db";

const TIME_ZONES: Record<string, string> = {
  WA: "America/Los_Angeles",
  OR: "America/Los_Angeles",
  CA: "America/Los_Angeles",
  CO: "America/Denver",
  MN: "America/Chicago",
  HI: "Pacific/Honolulu",
  PR: "America/Puerto_Rico",
  MA: "America/New_York",
  NY: "America/New_York",
  NJ: "America/New_York",
  CT: "America/New_York",
  RI: "America/New_York",
  DE: "America/New_York",
  MD: "America/New_York",
  DC: "America/New_York",
  ME: "America/New_York",
  VT: "America/New_York",
  US: "America/New_York",
};

export function programTimeZone(jurisdiction: string): string {
  return TIME_ZONES[jurisdiction] ?? "America/New_York";
}

export function programToday(jurisdiction: string, now: Date): string {
  return todayIn(programTimeZone(jurisdiction), now);
}

import { addDays, todayIn } from "@openleave/db";

/** Today as WA's program calendar sees it (the demo's WA claims use Pacific time). */
export function todayInPacific(): string {
  return todayIn("America/Los_Angeles");
}

export function addDaysTo(date: string, days: number): string {
  return addDays(date, days);
}

let nextLeaveOffset = 1;

/**
 * A week of leave that overlaps no other one handed out in this test file (a person cannot have
 * two claims for the same days), starting within the 60 days before leave that applications
 * may be filed: eight of them fit.
 */
export function freshLeave(): { start: string; end: string } {
  const start = addDays(todayInPacific(), nextLeaveOffset);
  nextLeaveOffset += 8;
  return { start, end: addDays(start, 6) };
}

import { addDays, todayIn } from "@openleave/db";

/** Today as WA's program calendar sees it (the demo's WA claims use Pacific time). */
export function todayInPacific(): string {
  return todayIn("America/Los_Angeles");
}

export function addDaysTo(date: string, days: number): string {
  return addDays(date, days);
}

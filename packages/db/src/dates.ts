// Prisma hands @db.Date columns over as Date objects at UTC midnight. The domain speaks in
// calendar dates ("2026-03-14"), so convert at this boundary and nowhere else.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function fromDateOnly(value: string): Date {
  const match = DATE_ONLY.exec(value);
  if (!match) throw new RangeError(`Not a calendar date: ${value}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (toDateOnly(date) !== value) throw new RangeError(`Not a calendar date: ${value}`);
  return date;
}

export function isDateOnly(value: string): boolean {
  try {
    fromDateOnly(value);
    return true;
  } catch {
    return false;
  }
}

/** Today's calendar date in the given IANA time zone (the program's own, not the server's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(date: string, days: number): string {
  const d = fromDateOnly(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toDateOnly(d);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromDateOnly(to).getTime() - fromDateOnly(from).getTime()) / 86_400_000);
}

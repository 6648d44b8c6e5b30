// Calendar dates as the API sends them ("2026-12-02"; some fields still send midnight UTC,
// "2026-12-02T00:00:00.000Z") turned into the Date that the `calendarDate` formats write as
// that same day in every time zone: midnight UTC, formatted in UTC.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00))?$/;

/** Midnight UTC of a calendar date. Anything else (an instant with a time, a typo) is refused. */
export function calendarDate(isoDate: string): Date {
  const match = CALENDAR_DATE.exec(isoDate);
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2026-02-30 over to March 2; a calendar date that does not exist is a bug.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date;
  }
  throw new RangeError(
    `"${isoDate}" is not a calendar date (YYYY-MM-DD). Format an instant with format.instantDate instead.`,
  );
}

// Task due dates arrive as instants at midnight UTC (the API computes them as calendar dates).
// The UTC calendar date is the due date; shown in local time it would move to the previous day
// across the U.S.

/** The calendar date ("2026-12-02") a task is due, for `format.calendarDate`. */
export function dueDateOf(dueAt: string): string {
  const date = new Date(dueAt);
  return Number.isNaN(date.getTime()) ? dueAt : date.toISOString().slice(0, 10);
}

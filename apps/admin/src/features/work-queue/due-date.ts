// Task due dates arrive as instants at midnight UTC (the API computes them as calendar dates).
// Shown in local time they would move to the previous day across the U.S., so we read the UTC
// calendar date.
import type { Locale } from "@openleave/web";

export function formatDueDate(dueAt: string, locale: Locale): string {
  const date = new Date(dueAt);
  if (Number.isNaN(date.getTime())) return dueAt;
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "medium", timeZone: "UTC" }).format(
    date,
  );
}

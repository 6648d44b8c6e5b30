// Dates as people read them, in the page's language.
import type { Locale } from "./locales";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date ("2026-12-12") written out ("December 12, 2026" / "12 de diciembre de 2026").
 * Formatted in UTC on purpose: a date has no time zone, and local time could shift it a day.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = DATE_ONLY.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    date,
  );
}

/** An instant shown as a date in the reader's time zone (or the one given, for tests). */
export function formatInstantAsDate(isoInstant: string, locale: Locale, timeZone?: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "long", timeZone }).format(date);
}

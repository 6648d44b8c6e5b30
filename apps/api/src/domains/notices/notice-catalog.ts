// Reads the notices' message catalogs and formats what goes into them: money stays a decimal
// string down to Intl (which formats strings exactly), calendar dates are written as the same
// day everywhere, and instants in the program's time zone.
import type { Language } from "@openleave/db";
import { en, type NoticeCatalog } from "./messages/en.ts";
import { es } from "./messages/es.ts";

export const NOTICE_CATALOGS: Record<Language, NoticeCatalog> = { EN: en, ES: es };

export function noticeCatalog(language: Language): NoticeCatalog {
  return NOTICE_CATALOGS[language];
}

const locale = (language: Language) => (language === "ES" ? "es-US" : "en-US");

/** Fills `{name}` placeholders; a value that is missing leaves nothing behind. */
export function fill(template: string, values: Record<string, string | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? "");
}

export function formatMoney(amount: string, language: Language): string {
  // Intl.NumberFormat formats a numeric string exactly (no float on the way).
  return new Intl.NumberFormat(locale(language), { style: "currency", currency: "USD" }).format(
    amount as unknown as number,
  );
}

/** A calendar date ("YYYY-MM-DD") written out, the same day in every time zone. */
export function formatCalendarDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant (hearing time) in the program's time zone, with the zone named. */
export function formatInstant(instant: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(instant);
}

export function formatNumber(value: string, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value as unknown as number);
}

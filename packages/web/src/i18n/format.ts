// Message formatting: named placeholders and plural forms, nothing more.
import type { Locale } from "./locales";

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders; a missing value leaves the placeholder visible so it gets noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names used in a message, sorted (the catalog test compares them across languages). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "").sort();
}

/** A message that changes with a count. English and Spanish both need only these two forms. */
export interface PluralMessage {
  one: string;
  other: string;
}

export function plural(message: PluralMessage, count: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? message.one : message.other;
  return format(form, { count });
}

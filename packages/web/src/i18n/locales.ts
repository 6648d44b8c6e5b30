// Which languages the apps speak and how a visitor's choice is remembered.

export const LOCALES = ["en", "es"] as const;
/** A language of the apps: the toggle's cookie value, a catalog's name, `<html lang>`. */
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The tag next-intl formats with. U.S. Spanish, not Spain's: "$1,234.50" and "1,234" as U.S.
 * readers of Spanish expect, where plain "es" writes "1234,50 US$" and "1234".
 */
export const INTL_LOCALES = { en: "en-US", es: "es-US" } as const satisfies Record<Locale, string>;
export type IntlLocale = (typeof INTL_LOCALES)[Locale];

/** Cookie that remembers the language toggle (readable by the server on every request). */
export const LOCALE_COOKIE = "ol_locale";
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The app language of a next-intl locale ("es-US" → "es"). */
export function localeOfIntlLocale(tag: string): Locale {
  const language = tag.toLowerCase().split("-")[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * The language for a first visit, before the visitor has used the toggle: the first
 * supported language in the browser's Accept-Language list, by quality.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qualityParam = params.find((param) => param.trim().startsWith("q="));
      const quality = qualityParam ? Number(qualityParam.trim().slice(2)) : 1;
      return { language: tag.toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    if (isLocale(entry.language)) return entry.language;
  }
  return DEFAULT_LOCALE;
}

// next-intl's request configuration for an app, without i18n routing: the language comes from
// the toggle's cookie, else Accept-Language (request-locale.ts), never from the URL. Each app's
// src/i18n/request.ts exports `createRequestConfig(catalogs, …)` as its default; next-intl's
// plugin (webNextConfig) points `next-intl/config` at that file.
import "server-only";
import { getRequestConfig } from "next-intl/server";
import { webFormats } from "./formats";
import { INTL_LOCALES, type Locale } from "./locales";
import type { MessageTree } from "./merge-messages";
import { precompileMessages } from "./precompile";
import { getLocale } from "./request-locale";

interface RequestConfigOptions {
  /** The deployment's time zone (IANA), for instants; calendar dates never use it. */
  timeZone: string;
}

export function createRequestConfig(catalogs: Record<Locale, MessageTree>, { timeZone }: RequestConfigOptions) {
  // Compiled once per server process (a malformed message stops it at the first request).
  const compiled = new Map<Locale, ReturnType<typeof precompileMessages>>();
  const messagesOf = (locale: Locale) => {
    if (!compiled.has(locale)) compiled.set(locale, precompileMessages(catalogs[locale]));
    return compiled.get(locale)!;
  };
  return getRequestConfig(async () => {
    const locale = await getLocale();
    // next-intl types messages as strings; compiled ones are what its aliased formatter reads.
    const messages = messagesOf(locale) as unknown as Record<string, string>;
    return { locale: INTL_LOCALES[locale], messages, formats: webFormats, timeZone };
  });
}

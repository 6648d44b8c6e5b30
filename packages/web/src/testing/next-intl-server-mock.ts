// next-intl/server for Server Components under vitest (outside Next there is no request
// scope). Each call runs the app's request configuration, aliased as `next-intl/config` by
// webVitestConfig, against the test request (server-request.ts), and formats with next-intl's
// own translator and formatter. Errors fail the test as in renderWithApp.
import { createFormatter, createTranslator, type AbstractIntlMessages, type Formats } from "next-intl";
import type { IntlLocale } from "../i18n/locales";
import { failOnIntlError } from "./intl-test-config";

interface ResolvedConfig {
  locale: IntlLocale;
  messages?: AbstractIntlMessages;
  formats?: Formats;
  timeZone?: string;
  now?: Date;
}

type ConfigFunction = (params: { requestLocale: Promise<string | undefined> }) => Promise<ResolvedConfig>;

async function config(): Promise<ResolvedConfig> {
  // Imported when first needed: the request configuration itself imports next-intl/server.
  const { default: requestConfig } = await import("next-intl/config");
  return (requestConfig as unknown as ConfigFunction)({ requestLocale: Promise.resolve(undefined) });
}

/** In the app's request.ts, `getRequestConfig(fn)` is `fn` itself here. */
export function getRequestConfig<T>(createConfig: T): T {
  return createConfig;
}

export async function getTranslations(namespaceOrOptions?: string | { namespace?: string }) {
  const { locale, messages, formats, timeZone } = await config();
  const namespace = typeof namespaceOrOptions === "string" ? namespaceOrOptions : namespaceOrOptions?.namespace;
  return createTranslator({ locale, messages: messages ?? {}, formats, timeZone, namespace, onError: failOnIntlError });
}

export async function getFormatter() {
  const { locale, formats, timeZone, now } = await config();
  return createFormatter({ locale, formats, timeZone, now, onError: failOnIntlError });
}

export async function getLocale() {
  return (await config()).locale;
}

export async function getMessages() {
  return (await config()).messages ?? {};
}

export async function getTimeZone() {
  return (await config()).timeZone;
}

export async function getNow() {
  return (await config()).now ?? new Date();
}

export function setRequestLocale(): void {}

// The request a Server Component under test sees. The shared vitest setup answers next/headers'
// `cookies()` and `headers()` from it, and next-intl/server runs the app's real request
// configuration (src/i18n/request.ts) against it, so a page test reads its language the way
// the running app does. Each test starts with an empty request (English).
import { LOCALE_COOKIE, isLocale, negotiateLocale, type Locale } from "../i18n/locales";

interface TestRequestInit {
  /** Shorthand for the language toggle's cookie. */
  locale?: Locale;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
}

let cookieJar = new Map<string, string>();
let requestHeaders = new Headers();

/** Sets the cookies and headers of the request Server Components see in this test. */
export function setTestRequest({ locale, cookies = {}, headers = {} }: TestRequestInit = {}): void {
  cookieJar = new Map(Object.entries(cookies));
  if (locale) cookieJar.set(LOCALE_COOKIE, locale);
  requestHeaders = new Headers(headers);
}

export function resetTestRequest(): void {
  setTestRequest();
}

/** The language the test request asks for (the same rule as request-locale.ts). */
export function testRequestLocale(): Locale {
  const chosen = cookieJar.get(LOCALE_COOKIE);
  return isLocale(chosen) ? chosen : negotiateLocale(requestHeaders.get("accept-language"));
}

/** Stands in for next/headers. */
export const nextHeadersMock = {
  async cookies() {
    return {
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
      getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
      has: (name: string) => cookieJar.has(name),
      set: (name: string, value: string) => void cookieJar.set(name, value),
      delete: (name: string) => void cookieJar.delete(name),
    };
  },
  async headers() {
    return requestHeaders;
  },
};

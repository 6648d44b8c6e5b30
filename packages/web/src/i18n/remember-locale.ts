// Remembers the visitor's language in the toggle's cookie, which every later request reads
// first (request-locale.ts). Called by the toggle's server action, and by an app's own action
// when it also saves the choice on the signed-in account.
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, isLocale, type Locale } from "./locales";

export async function rememberLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) throw new RangeError(`Not a language of the apps: ${String(locale)}`);
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: false,
  });
}

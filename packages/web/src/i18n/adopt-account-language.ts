// After signing in on a device where nobody chose a language yet (no toggle cookie), the apps
// switch to the account's own language, so a Spanish reader is not met in English on a new
// phone. A language chosen with the toggle on this device is kept: it is the person's latest word.
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "./locales";

export function adoptAccountLanguage(language: "EN" | "ES" | null | undefined): void {
  if (typeof document === "undefined" || !language) return;
  const chosen = document.cookie.split("; ").some((pair) => pair.startsWith(`${LOCALE_COOKIE}=`));
  if (chosen) return;
  document.cookie = `${LOCALE_COOKIE}=${language.toLowerCase()}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
}

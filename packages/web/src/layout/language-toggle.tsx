"use client";
// Switches between English and Spanish. A plain form posting to a server action, so it works
// before JavaScript loads; the server sets the cookie and re-renders the page.
import { switchLocale } from "../i18n/switch-locale";
import { useLocale, useWebMessages } from "../i18n/i18n-context";

export function LanguageToggle() {
  const locale = useLocale();
  const t = useWebMessages();
  const otherLocale = locale === "en" ? "es" : "en";
  return (
    <form action={switchLocale} className="usa-language-container">
      <input type="hidden" name="locale" value={otherLocale} />
      <button
        type="submit"
        className="usa-button usa-button--outline usa-button--small margin-0"
        lang={otherLocale}
        title={t.layout.otherLanguageHint}
      >
        {t.layout.otherLanguageName}
      </button>
    </form>
  );
}

"use client";
// Switches between English and Spanish. A plain form posting to a server action, so it works
// before JavaScript loads; the server sets the cookie and re-renders the page.
import { useTranslations } from "next-intl";
import { switchLocale } from "../i18n/switch-locale";
import { useLocale } from "../i18n/use-locale";

interface LanguageToggleProps {
  /** The server action the form posts to (default: `switchLocale`, which sets the cookie). */
  action?: (formData: FormData) => Promise<void>;
}

export function LanguageToggle({ action = switchLocale }: LanguageToggleProps) {
  const locale = useLocale();
  const t = useTranslations("layout");
  const otherLocale = locale === "en" ? "es" : "en";
  return (
    <form action={action} className="usa-language-container">
      <input type="hidden" name="locale" value={otherLocale} />
      <button
        type="submit"
        className="usa-button usa-button--outline usa-button--small margin-0"
        lang={otherLocale}
        title={t("otherLanguageHint")}
      >
        {t("otherLanguageName")}
      </button>
    </form>
  );
}

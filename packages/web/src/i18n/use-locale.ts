// The page's language as the apps name it ("en" | "es"), in any component. next-intl's own
// useLocale answers with the formatting tag ("es-US").
import { useLocale as useIntlLocale } from "next-intl";
import { localeOfIntlLocale, type Locale } from "./locales";

export function useLocale(): Locale {
  return localeOfIntlLocale(useIntlLocale());
}

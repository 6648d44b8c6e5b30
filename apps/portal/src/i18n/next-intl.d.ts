// Types next-intl's `useTranslations`, `getTranslations` and formatters with this app's
// catalog: a key that does not exist or a missing {argument} is a type error.
import type { IntlLocale, WebFormats } from "@openleave/web";
import type { Messages } from "./catalogs";

declare module "next-intl" {
  interface AppConfig {
    Locale: IntlLocale;
    Messages: Messages;
    Formats: WebFormats;
  }
}

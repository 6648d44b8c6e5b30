// Types next-intl's hooks in this package with the test app's catalog (an app declares its
// own, in src/i18n/next-intl.d.ts). Shared components only use the shared groups, which
// every app's catalog has.
import type { IntlLocale } from "../i18n/locales";
import type { WebFormats } from "../i18n/formats";
import type { TestMessages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: IntlLocale;
    Messages: TestMessages;
    Formats: WebFormats;
  }
}

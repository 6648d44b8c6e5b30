// The shared components' messages in both languages, and how an app's catalogs are merged
// over them.
import type { Locale } from "../locales";
import { mergeMessages, type CatalogShape, type MergedMessages, type MessageTree } from "../merge-messages";
import { en } from "./en";
import { es } from "./es";

export const webCatalogs = { en, es } satisfies Record<Locale, object>;

/** The shared messages' type: what every app's catalog contains (an app may add to it). */
export type WebMessages = typeof en;

/** Every message an app serves, with the literal English text (next-intl types arguments from it). */
export type AppMessages<App> = MergedMessages<WebMessages, App>;

/** An app's own files (messages/en.ts, es.ts) merged over the shared messages, per language. */
export function mergeAppCatalogs<App extends MessageTree>(app: {
  en: App;
  es: CatalogShape<App>;
}): Record<Locale, CatalogShape<AppMessages<App>>> {
  return {
    en: mergeMessages(webCatalogs.en, app.en),
    es: mergeMessages(webCatalogs.es, app.es as MessageTree),
  } as Record<Locale, CatalogShape<AppMessages<App>>>;
}

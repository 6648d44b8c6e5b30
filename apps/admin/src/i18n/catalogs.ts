// The catalogs this app serves: the shared components' messages with the app's own merged over
// them (messages/en.ts, es.ts). Read on the server only (src/i18n/request.ts); the browser gets
// the catalog of the page's language through AppShell.
import type { Locale } from "@openleave/web";
import {
  mergeMessages,
  webCatalogs,
  type CatalogShape,
  type MergedMessages,
  type WebMessages,
} from "@openleave/web/messages";
import { en } from "./messages/en";
import { es } from "./messages/es";

/** Every message of the app in English, with its literal text (next-intl types arguments from it). */
export type Messages = MergedMessages<WebMessages, typeof en>;

export const appCatalogs = { en, es };

export const catalogs: Record<Locale, CatalogShape<Messages>> = {
  en: mergeMessages(webCatalogs.en, en),
  es: mergeMessages(webCatalogs.es, es),
};

// The catalogs this app serves: the shared components' messages with the app's own merged over
// them (messages/en.ts, es.ts). Read on the server only (src/i18n/request.ts); the browser gets
// the catalog of the page's language through AppShell.
import { mergeAppCatalogs, type AppMessages } from "@openleave/web/messages";
import { en } from "./messages/en";
import { es } from "./messages/es";

/** Every message of the app, with its literal English text (next-intl types arguments from it). */
export type Messages = AppMessages<typeof en>;

/** The app's own files, as the catalog checks read them. */
export const appCatalogs = { en, es };

export const catalogs = mergeAppCatalogs(appCatalogs);

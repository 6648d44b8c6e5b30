"use client";
// The portal's catalogs in context, for its own client components (`useMessages`) and for the
// shared ones from @openleave/web, which read their groups of the same catalog.
import { createI18n } from "@openleave/web";
import { catalogs } from "./catalogs";

const i18n = createI18n(catalogs);

export const I18nProvider = i18n.I18nProvider;
/** The messages of the current language, e.g. `const t = useMessages(); t.signIn.title`. */
export const useMessages = i18n.useMessages;

"use client";
import { createContext, useContext, type ReactNode } from "react";
import { catalogs } from "./catalogs";
import type { Locale } from "./locales";
import type { Messages } from "./messages/en";

const LocaleContext = createContext<Locale>("en");

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The messages of the current language, e.g. `const t = useMessages(); t.signIn.title`. */
export function useMessages(): Messages {
  return catalogs[useContext(LocaleContext)];
}

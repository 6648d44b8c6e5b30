"use server";
// The language toggle is a plain form posting to this action, so it also works before
// JavaScript has loaded. The page re-renders on the server in the new language. An app that
// also saves the choice on the signed-in account passes its own action to SiteHeader
// (`switchLocaleAction`), which calls `rememberLocale` too.
import { isLocale } from "./locales";
import { rememberLocale } from "./remember-locale";

export async function switchLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  await rememberLocale(locale);
}

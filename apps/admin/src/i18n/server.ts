// The visitor's language (toggle cookie, else Accept-Language) and the console's messages in it,
// for Server Components.
import "server-only";
import { getLocale } from "@openleave/web/server";
import { catalogs } from "./catalogs";

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: catalogs[locale] };
}

// `getFormat()`: the page formatter (page-format.ts) for async Server Components.
import "server-only";
import { getFormatter } from "next-intl/server";
import { createPageFormat, type PageFormat } from "./page-format";

export async function getFormat(): Promise<PageFormat> {
  return createPageFormat(await getFormatter());
}

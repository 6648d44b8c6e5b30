import type { Locale } from "@openleave/web";
import { en, type Messages } from "./messages/en";
import { es } from "./messages/es";

/** Both catalogs are small, so the client bundle carries both and switching needs no fetch. */
export const catalogs: Record<Locale, Messages> = { en, es };

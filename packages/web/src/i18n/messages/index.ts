// The shared components' messages in both languages (merged into every app's catalog).
import type { Locale } from "../locales";
import { en } from "./en";
import { es } from "./es";

export const webCatalogs = { en, es } satisfies Record<Locale, object>;

/** The shared messages' type: what every app's catalog contains (an app may add to it). */
export type WebMessages = typeof en;

// next-intl's request configuration (webNextConfig points next-intl's plugin here): the
// visitor's language from the toggle's cookie or Accept-Language, this app's catalogs, the
// shared formats and the deployment's time zone.
import { createRequestConfig } from "@openleave/web/server";
import { env } from "@/env";
import { catalogs } from "./catalogs";

export default createRequestConfig(catalogs, { timeZone: env.timeZone });

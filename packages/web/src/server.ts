// @openleave/web on the server only (Server Components, route handlers, server actions). Kept
// apart from index.ts because these modules import `server-only` and next/headers, which must
// never reach a client bundle.
export { createServerGraphQLClient } from "./graphql/server-client";
export { getLocale } from "./i18n/request-locale";
export { rememberLocale } from "./i18n/remember-locale";
export { createRequestConfig } from "./i18n/request-config";
export { getFormat } from "./i18n/server-format";

// @openleave/web/messages: what an app's catalogs.ts builds its catalogs from. Kept apart from
// index.ts so that no client component can pull both languages into the browser bundle
// (the browser gets one language's messages from the server, through AppShell).
export { mergeAppCatalogs, webCatalogs, type AppMessages, type WebMessages } from "./i18n/messages";
export { mergeMessages, type CatalogShape, type MergedMessages, type MessageTree } from "./i18n/merge-messages";

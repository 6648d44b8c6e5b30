// The catalogs of this package's tests: a small app's own messages (the groups an app adds)
// merged over the shared ones, as an app's catalogs.ts does.
import { mergeAppCatalogs, type AppMessages } from "../i18n/messages";
import type { CatalogShape } from "../i18n/merge-messages";

const en = {
  home: {
    welcome: "Welcome, {name}",
    claimsWaiting: "{count, plural, =0 {No claims are waiting} one {1 claim is waiting} other {# claims are waiting}}",
    benefit: "Your weekly benefit is {amount}, starting {start}.",
    help: "Read <guide>how payments work</guide> before you apply.",
  },
} as const;

const es: CatalogShape<typeof en> = {
  home: {
    welcome: "Le damos la bienvenida, {name}",
    claimsWaiting:
      "{count, plural, =0 {No hay reclamos en espera} one {1 reclamo está en espera} other {# reclamos están en espera}}",
    benefit: "Su beneficio semanal es {amount}, a partir del {start}.",
    help: "Lea <guide>cómo funcionan los pagos</guide> antes de solicitar.",
  },
};

/** The test app's own files, as describeCatalogChecks takes them. */
export const testAppCatalogs = { en, es };

/** What the test app serves: shared messages with its own merged in. */
export const testCatalogs = mergeAppCatalogs(testAppCatalogs);

export type TestMessages = AppMessages<typeof en>;

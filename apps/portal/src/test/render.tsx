// Renders a component the way the portal does (its catalogs, urql, session), with the API
// replaced by canned answers keyed by operation name (see @openleave/web/testing).
import { createRenderWithApp } from "@openleave/web/testing";
import { I18nProvider } from "@/i18n/i18n-provider";

export const renderWithApp = createRenderWithApp(I18nProvider);

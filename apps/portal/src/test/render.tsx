// Renders a component the way the app does (its catalogs, urql, session), with the API
// replaced by canned answers keyed by operation name (see @openleave/web/testing).
import { createRenderWithApp } from "@openleave/web/testing";
import { catalogs } from "@/i18n/catalogs";

export const renderWithApp = createRenderWithApp(catalogs);

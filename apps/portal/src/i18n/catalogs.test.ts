import { describe, expect, it } from "vitest";
import { LOCALES } from "@openleave/web";
import { describeCatalogChecks } from "@openleave/web/testing";
import { appCatalogs, catalogs } from "./catalogs";

// Proper names (OpenLeave, state names such as Colorado) and "Error:" are the same in both.
describeCatalogChecks(appCatalogs, {
  sameInEveryLanguage: /^(meta\.siteName|jurisdictions\.|errors\.fieldErrorPrefix$)/,
});

describe.each(LOCALES)("the %s catalog", (locale) => {
  it("has a label and help text for every claim status", () => {
    const { statuses, statusHelp } = catalogs[locale].claims;
    expect(Object.keys(statusHelp).sort()).toEqual(Object.keys(statuses).sort());
  });
});

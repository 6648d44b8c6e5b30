import { describe, expect, it } from "vitest";
import { LOCALES } from "@openleave/web";
import { describeCatalogChecks } from "@openleave/web/testing";
import { appCatalogs, catalogs } from "./catalogs";

// Proper names, "Error:", "Supervisor", "no" and lines made only of placeholders are the same in both.
describeCatalogChecks(appCatalogs, {
  sameInEveryLanguage:
    /^(meta\.siteName|errors\.fieldErrorPrefix|roles\.SUPERVISOR|home\.staffLine|claim\.(task|no|history\.change|notes\.by)|manualDetermination\.proposedByValue)$/,
});

describe.each(LOCALES)("the %s catalog", (locale) => {
  it("labels every role", () => {
    expect(Object.keys(catalogs[locale].roles).sort()).toEqual([
      "ADJUDICATOR",
      "APPEALS_OFFICER",
      "CLAIMANT",
      "LEAVE_ADMIN",
      "PROGRAM_ADMIN",
      "SUPERVISOR",
    ]);
  });
});

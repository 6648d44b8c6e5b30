import { describe, expect, it } from "vitest";
import { en } from "@/i18n/messages/en";
import { es } from "@/i18n/messages/es";
import { jurisdictionName, programCoverage } from "./program-coverage";

describe("programCoverage", () => {
  it("knows New York Paid Family Leave does not cover your own illness", () => {
    expect(programCoverage({ jurisdiction: "NY", code: "PFL" })).not.toContain("ownHealth");
  });

  it("includes safe leave for Colorado FAMLI", () => {
    expect(programCoverage({ jurisdiction: "CO", code: "FAMLI" })).toContain("safeLeave");
  });

  it("says nothing rather than guessing for a program it does not know", () => {
    expect(programCoverage({ jurisdiction: "ZZ", code: "NEW" })).toBeNull();
  });
});

describe("jurisdictionName", () => {
  it("names the state in the page's language", () => {
    expect(jurisdictionName("NY", en.jurisdictions)).toBe("New York");
    expect(jurisdictionName("NY", es.jurisdictions)).toBe("Nueva York");
  });

  it("falls back to the code", () => {
    expect(jurisdictionName("ZZ", en.jurisdictions)).toBe("ZZ");
  });
});

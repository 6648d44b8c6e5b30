import { describe, expect, it } from "vitest";
import { en } from "@/i18n/messages/en";
import { es } from "@/i18n/messages/es";
import { jurisdictionName, programCoverage } from "./program-coverage";

const covering = (...coveredLeaveReasons: string[]) => ({ rules: { coveredLeaveReasons } });

const NAMED = Object.keys(en.claims.reasons);

describe("programCoverage", () => {
  it("names only the reasons the program's rules cover, in their order (NY PFL: no own-health leave)", () => {
    expect(programCoverage(covering("BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"), NAMED)).toEqual([
      "BONDING",
      "FAMILY_CARE",
      "MILITARY_EXIGENCY",
    ]);
  });

  it("lists each reason once and leaves out a code the page has no name for", () => {
    expect(programCoverage(covering("SAFE_LEAVE", "SAFE_LEAVE", "TIME_TRAVEL"), NAMED)).toEqual(["SAFE_LEAVE"]);
  });

  it("says nothing rather than guessing when the program lists no reason it can name", () => {
    expect(programCoverage(covering(), NAMED)).toBeNull();
  });

  it("has a name in both languages for every reason the API can send", () => {
    expect(Object.keys(es.claims.reasons).sort()).toEqual([...NAMED].sort());
  });
});

describe("jurisdictionName", () => {
  it("names the state in the page's language", () => {
    expect(jurisdictionName("NY", (code) => (en.jurisdictions as Record<string, string>)[code])).toBe("New York");
    expect(jurisdictionName("NY", (code) => (es.jurisdictions as Record<string, string>)[code])).toBe("Nueva York");
  });

  it("falls back to the code", () => {
    expect(jurisdictionName("ZZ", (code) => (en.jurisdictions as Record<string, string>)[code])).toBe("ZZ");
  });
});

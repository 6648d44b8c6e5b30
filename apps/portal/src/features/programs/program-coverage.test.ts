import { describe, expect, it } from "vitest";
import { en } from "@/i18n/messages/en";
import { es } from "@/i18n/messages/es";
import { jurisdictionName, programCoverage } from "./program-coverage";

const covering = (...coveredLeaveReasons: string[]) => ({ rules: { coveredLeaveReasons } });

describe("programCoverage", () => {
  it("describes only the reasons the program's rules cover (NY PFL: no own-health leave)", () => {
    expect(programCoverage(covering("BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"))).toEqual([
      "bonding",
      "familyCare",
      "military",
    ]);
  });

  it("groups reason codes into kinds, once each, in a fixed order", () => {
    expect(programCoverage(covering("SAFE_LEAVE", "PREGNANCY", "OWN_HEALTH", "BONDING"))).toEqual([
      "ownHealth",
      "bonding",
      "safeLeave",
    ]);
  });

  it("says nothing rather than guessing when the program lists no reason it can describe", () => {
    expect(programCoverage(covering())).toBeNull();
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

import { describe, expect, it } from "vitest";
import { isRulesErrorResult } from "../core/rules-error-result";
import { privatePlanOption } from "./private-plan-option";

describe("privatePlanOption", () => {
  it("allows only self-funded voluntary plans in WA, insured or self-funded in MA and CO, each cited", () => {
    const funding = (jurisdiction: string, program: string) => {
      const option = privatePlanOption({ jurisdiction, program });
      if (isRulesErrorResult(option)) throw new Error(option.error.message);
      expect(option.cite.length).toBeGreaterThan(0);
      expect(option.cite.every((c) => c.file || c.href || c.section)).toBe(true);
      return option.funding;
    };
    expect(funding("WA", "PFML")).toEqual(["SELF_FUNDED"]);
    expect(funding("MA", "PFML")).toEqual(["INSURED", "SELF_FUNDED"]);
    expect(funding("CO", "FAMLI")).toEqual(["INSURED", "SELF_FUNDED"]);
  });

  it("says a program it has no source for is not documented, rather than guessing", () => {
    const result = privatePlanOption({ jurisdiction: "RI", program: "TCI" });
    expect(isRulesErrorResult(result) && result.error.code).toBe("RULE_NOT_DOCUMENTED");
  });
});

import { describe, expect, it } from "vitest";
import { overpaymentOffsetRate } from "./overpayment-recovery";

describe("overpayment offset rate", () => {
  it("is 50% for Washington PFML, cited to WAC 192-650-010(4)(b)", () => {
    const fact = overpaymentOffsetRate("WA", "PFML");
    expect(fact.value).toBe("0.50");
    expect(fact.source.kind).toBe("cited");
    if (fact.source.kind === "cited") expect(fact.source.cite[0]!.section).toBe("WAC 192-650-010(4)(b)");
  });
  it("is no offset (repay or waive) where the sources found state none", () => {
    const fact = overpaymentOffsetRate("MA", "PFML");
    expect(fact.value).toBeNull();
    expect(fact.source.kind).toBe("deployment-policy");
  });
});

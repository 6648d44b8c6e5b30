import { describe, expect, it } from "vitest";
import { money } from "../core/money";
import { applyBenefitLimits } from "./benefit-limits";
import { tieredReplacement } from "./tiered-replacement";

// Two tiers as in WA/MA/CO (breakpoint 700 = half of a 1,400 state AWW) and three as in MN.
const twoTiers = [
  { upTo: money("700"), rate: money("0.9") },
  { upTo: null, rate: money("0.5") },
];
const threeTiers = [
  { upTo: money("700"), rate: money("0.9") },
  { upTo: money("1400"), rate: money("0.66") },
  { upTo: null, rate: money("0.55") },
];

describe("tiered replacement", () => {
  const cases: readonly [string, string][] = [
    ["0", "0"],
    ["600", "540"], // below the breakpoint: 90%
    ["700", "630"], // exactly at the breakpoint: all at 90%
    ["700.01", "630.005"], // one cent above: the cent at 50%
    ["950", "755"], // 630 + 50% of 250
  ];
  for (const [aww, expected] of cases) {
    it(`two tiers: AWW ${aww} → ${expected}`, () => {
      expect(tieredReplacement(money(aww), twoTiers).amount.toString()).toBe(expected);
    });
  }

  it("three tiers: AWW 2,000 → 630 + 462 + 330 = 1,422", () => {
    const result = tieredReplacement(money("2000"), threeTiers);
    expect(result.amount.toString()).toBe("1422");
    expect(result.portions.map((p) => p.portion.toString())).toEqual(["700", "700", "600"]);
  });
});

describe("benefit limits", () => {
  it("caps at the maximum, floors at the minimum, and reports which applied", () => {
    expect(applyBenefitLimits(money("1500"), money("100"), money("1456"))).toMatchObject({ applied: "maximum" });
    expect(applyBenefitLimits(money("90"), money("100"), money("1456"))).toMatchObject({ applied: "minimum" });
    expect(applyBenefitLimits(money("1456"), money("100"), money("1456"))).toMatchObject({ applied: "none" });
    expect(applyBenefitLimits(money("5"), null, null).amount.toString()).toBe("5");
  });
});

import { describe, expect, it } from "vitest";
import { citationText, explanationSteps, valueText } from "./explanation";

const words = { yes: "yes", no: "no", none: "—" };

describe("explanationSteps", () => {
  it("reads steps, parameters and citations, and drops unsafe links", () => {
    const steps = explanationSteps([
      {
        step: "weekly-benefit",
        what: "Weekly benefit",
        result: "587.00",
        parameters: [
          {
            id: "max",
            label: "Maximum weekly benefit",
            value: "1456.00",
            from: "2026-01-01",
            cite: [{ title: "RCW 50A.15.020", section: "(5)", href: "javascript:alert(1)" }],
          },
        ],
        cite: [{ title: "RCW 50A.15.020", href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15.020" }],
      },
      "not a step",
    ]);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.parameters[0]!.cite[0]).toEqual({ title: "RCW 50A.15.020", section: "(5)", href: undefined });
    expect(steps[0]!.cite[0]!.href).toMatch(/^https:/);
    expect(citationText(steps[0]!.parameters[0]!.cite[0]!)).toBe("RCW 50A.15.020, (5)");
  });

  it("answers an empty list for anything that is not a list", () => {
    expect(explanationSteps({ step: "x" })).toEqual([]);
  });
});

describe("valueText", () => {
  it("writes values in a few words", () => {
    expect(valueText(true, words)).toBe("yes");
    expect(valueText(null, words)).toBe("—");
    expect(valueText(["2025-Q3", "2025-Q4"], words)).toBe("2025-Q3, 2025-Q4");
    expect(valueText({ eligible: false, weeks: 12 }, words)).toBe("eligible: no; weeks: 12");
  });
});

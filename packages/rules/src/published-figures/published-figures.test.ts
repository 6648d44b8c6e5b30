import { describe, expect, it } from "vitest";
import {
  type EvaluationResult,
  checkProposedFigure,
  evaluate,
  isErrorResult,
  parameterCatalog,
  publishedFigures,
} from "../index";

const waClaim = (on: string) => ({
  jurisdiction: "WA",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: on,
  leaveStartDate: on,
  averageWeeklyWage: "3000.00",
});

const decemberMaximum = publishedFigures([
  {
    parameterId: "wa-pfml.maximum-weekly-benefit",
    value: "1600.00",
    effectiveFrom: "2026-12-01",
    effectiveTo: "2026-12-31",
    citation: { title: "ESD notice of the December maximum", href: "https://paidleave.wa.gov/" },
    recordId: "fig-1",
    approvedOn: "2026-11-20",
  },
]);

function computed(result: ReturnType<typeof evaluate>): EvaluationResult {
  if (isErrorResult(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

function usesOf(result: EvaluationResult, id: string) {
  return result.explanation.flatMap((step) => step.parameters ?? []).filter((use) => use.id === id);
}

describe("figures a deployment publishes", () => {
  it("replace the packaged value for their dates only, and the explanation names the source", () => {
    const inside = computed(evaluate(waClaim("2026-12-02"), { publishedFigures: decemberMaximum }));
    const before = computed(evaluate(waClaim("2026-11-30"), { publishedFigures: decemberMaximum }));
    const packaged = computed(evaluate(waClaim("2026-12-02")));

    expect(packaged.weeklyBenefitAmount).toBe("1647.00");
    expect(before.weeklyBenefitAmount).toBe("1647.00");
    expect(inside.weeklyBenefitAmount).toBe("1600.00");
    expect(inside.maximumWeeklyBenefit).toBe("1600.00");

    const [published] = usesOf(inside, "wa-pfml.maximum-weekly-benefit");
    expect(published?.source).toBe("deployment");
    expect(published?.cite[0]?.title).toBe("ESD notice of the December maximum");
    expect(published?.note).toContain("fig-1");
    expect(usesOf(before, "wa-pfml.maximum-weekly-benefit")[0]?.source).toBe("packaged");
    // Every other figure of the same evaluation still comes from the package.
    const others = inside.explanation.flatMap((s) => s.parameters ?? []).filter((u) => u.id !== published?.id);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((use) => use.source === "packaged")).toBe(true);
  });

  it("let a program compute past the packaged data (Colorado from 2026-07-01)", () => {
    const claim = { ...waClaim("2026-12-02"), jurisdiction: "CO", program: "FAMLI", averageWeeklyWage: "1000.00" };
    const refused = evaluate(claim);
    expect(isErrorResult(refused) && refused.error.code).toBe("PARAMETER_NOT_KNOWN");
    const figures = publishedFigures(
      ["co-famli.state-average-weekly-wage", "co-famli.maximum-weekly-benefit"].map((parameterId, i) => ({
        parameterId,
        value: i === 0 ? "1600.00" : "1400.00",
        effectiveFrom: "2026-07-01",
        effectiveTo: "2027-06-30",
        citation: { title: "FAMLI Division: 2026-27 figures" },
      })),
    );
    expect(figures.refused).toEqual([]);
    const result = computed(evaluate(claim, { publishedFigures: figures }));
    expect(result.stateAverageWeeklyWage).toBe("1600.00");
    expect(result.maximumWeeklyBenefit).toBe("1400.00");
  });

  it("an open-ended figure applies from its first day on; the latest start wins", () => {
    const figures = publishedFigures([
      {
        parameterId: "wa-pfml.maximum-weekly-benefit",
        value: "1500.00",
        effectiveFrom: "2026-01-01",
        citation: { title: "A" },
      },
      {
        parameterId: "wa-pfml.maximum-weekly-benefit",
        value: "1550.00",
        effectiveFrom: "2026-10-01",
        citation: { title: "B" },
      },
    ]);
    expect(computed(evaluate(waClaim("2026-09-30"), { publishedFigures: figures })).weeklyBenefitAmount).toBe(
      "1500.00",
    );
    expect(computed(evaluate(waClaim("2026-12-02"), { publishedFigures: figures })).weeklyBenefitAmount).toBe(
      "1550.00",
    );
  });

  it("are checked against the parameter catalog: the key, the value's kind and unit, the dates", () => {
    const base = { value: "1.00", effectiveFrom: "2026-01-01", citation: { title: "Notice" } };
    const fields = (figure: Parameters<typeof checkProposedFigure>[0]) =>
      checkProposedFigure(figure).map((p) => p.field);
    expect(fields({ ...base, parameterId: "wa-pfml.maximum-weekly-benefit" })).toEqual([]);
    expect(fields({ ...base, parameterId: "wa-pfml.no-such-figure" })).toEqual(["parameterId"]);
    // A relationship list is not a figure: it changes with the rules.
    expect(fields({ ...base, parameterId: "wa-pfml.family-relationships" })).toEqual(["parameterId"]);
    expect(fields({ ...base, parameterId: "wa-pfml.maximum-weekly-benefit", value: "$1,600" })).toEqual(["value"]);
    expect(fields({ ...base, parameterId: "wa-pfml.medical-leave-weeks", value: "12.5" })).toEqual(["value"]);
    expect(fields({ ...base, parameterId: "wa-pfml.medical-leave-weeks", value: "12" })).toEqual([]);
    expect(fields({ ...base, parameterId: "wa-pfml.premium-rate", value: "1.2" })).toEqual(["value"]);
    expect(fields({ ...base, parameterId: "wa-pfml.premium-rate", value: "0.0113" })).toEqual([]);
    expect(fields({ ...base, parameterId: "wa-pfml.premium-rate", effectiveFrom: "2026-02-30" })).toEqual([
      "effectiveFrom",
    ]);
    expect(fields({ ...base, parameterId: "wa-pfml.premium-rate", value: "0.01", effectiveTo: "2025-12-31" })).toEqual([
      "effectiveTo",
    ]);
    expect(fields({ ...base, parameterId: "wa-pfml.premium-rate", value: "0.01", citation: { title: " " } })).toEqual([
      "citation",
    ]);
  });

  it("the catalog lists each parameter once with the programs that read it", () => {
    const catalog = parameterCatalog({ publishableOnly: true });
    const ssWageBase = catalog.find((p) => p.id === "us.social-security-wage-base");
    expect(ssWageBase?.programs.length).toBeGreaterThan(1);
    expect(new Set(catalog.map((p) => p.id)).size).toBe(catalog.length);
    expect(catalog.every((p) => p.publishedValueKind !== null)).toBe(true);
    expect(catalog.find((p) => p.id === "wa-pfml.family-relationships")).toBeUndefined();
  });
});

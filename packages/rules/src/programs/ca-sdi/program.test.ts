import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

// A claim beginning 2025-03-05: base period 2023-Q4 … 2024-Q3.
const BASE = {
  id: "ca",
  jurisdiction: "CA",
  program: "SDI",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2025-03-05",
  leaveStartDate: "2025-03-05",
};
const hq = (amount: string) => ({
  wageQuarters: quarters(["2023-Q4", "100"], ["2024-Q1", amount], ["2024-Q2", "100"], ["2024-Q3", "100"]),
});
const hq23 = (amount: string) => ({
  applicationDate: "2023-03-08",
  leaveStartDate: "2023-03-08",
  wageQuarters: quarters(["2021-Q4", "100"], ["2022-Q1", amount], ["2022-Q2", "100"], ["2022-Q3", "100"]),
});
const SB951 = "SB 951 / UI Code §2655 from 2025; parameters.md §8 2025 formula";
const F1 = "F1:50-56 (UI Code §2655 before 2025)";

describe("CA DI 2025: 90% below $15,506.40, then the greater of 70% and 63% of the SAWW; $50 minimum; rounded up", () => {
  runCases(BASE, [
    {
      name: "HQ $722.49 → the $50 minimum",
      source: "EDD NR 25-01 ($300–$722.49 → $50)",
      request: hq("722.49"),
      expect: { weeklyBenefitAmount: "50.00", minimumWeeklyBenefit: "50.00" },
    },
    {
      name: "HQ $722.50 → 90% × HQ ÷ 13 = $50.019 → $51",
      source: `${SB951}; EDD NR 25-01`,
      request: hq("722.50"),
      expect: { weeklyBenefitAmount: "51.00" },
    },
    {
      name: "HQ $10,000 → $692.31 → $693 (AWW shown as $769.23)",
      source: SB951,
      request: hq("10000"),
      expect: {
        weeklyBenefitAmount: "693.00",
        averageWeeklyWage: "769.23",
        basePeriod: { quarters: ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"] },
      },
    },
    {
      name: "HQ $15,506.39 → $1,073.519 → $1,074",
      source: SB951,
      request: hq("15506.39"),
      expect: { weeklyBenefitAmount: "1074.00" },
    },
    {
      name: "HQ $15,506.40 (the breakpoint) → 63% × SAWW $1,704 = $1,073.52 → $1,074: the tiers meet",
      source: `${SB951}; EDD NR 25-01`,
      request: hq("15506.40"),
      expect: { weeklyBenefitAmount: "1074.00" },
    },
    {
      name: "HQ $20,000 → 70% = $1,076.92 → $1,077",
      source: SB951,
      request: hq("20000"),
      expect: { weeklyBenefitAmount: "1077.00" },
    },
    {
      name: "HQ $31,200 → $1,680.00 → $1,680",
      source: `${SB951}; S11 (B) max $1,681`,
      request: hq("31200"),
      expect: { weeklyBenefitAmount: "1680.00" },
    },
    {
      name: "HQ $31,200.01 → $1,680.0005 → $1,681 = the maximum",
      source: "S11 (B) $1,681",
      request: hq("31200.01"),
      expect: { weeklyBenefitAmount: "1681.00", maximumWeeklyBenefit: "1681.00" },
    },
    {
      name: "HQ $40,000 → capped at $1,681",
      source: "S11 (B)",
      request: hq("40000"),
      expect: { weeklyBenefitAmount: "1681.00" },
    },
    {
      name: "a given AWW stands for HQ ÷ 13: AWW $1,000 → HQ $13,000 → $900",
      source: SB951,
      request: { averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "900.00" },
    },
  ]);
});

// A claim beginning 2026-03-04: base period 2024-Q4 … 2025-Q3.
const hq26 = (amount: string) => ({
  applicationDate: "2026-03-04",
  leaveStartDate: "2026-03-04",
  wageQuarters: quarters(["2024-Q4", "100"], ["2025-Q1", amount], ["2025-Q2", "100"], ["2025-Q3", "100"]),
});
const Y2026 =
  "SB 951 / UI Code §2655 with DWC's 2026 California SAWW $1,789 and maximum TTD $1,764.11 (DIR Newsline 2025-116, A)";

describe("CA DI 2026: 90% below $16,279.90 (70% of 13 × $1,789), then the greater of 70% and 63% of $1,789; maximum $1,765", () => {
  runCases(BASE, [
    {
      name: "HQ $16,279.89 → 90% × HQ ÷ 13 = $1,127.069 → $1,128",
      source: Y2026,
      request: hq26("16279.89"),
      expect: { weeklyBenefitAmount: "1128.00", maximumWeeklyBenefit: "1765.00" },
    },
    {
      name: "HQ $16,279.90 (the breakpoint) → 63% × $1,789 = $1,127.07 → $1,128: the tiers meet",
      source: Y2026,
      request: hq26("16279.90"),
      expect: { weeklyBenefitAmount: "1128.00" },
    },
    {
      name: "HQ $25,000 → 70% = $1,346.15 → $1,347",
      source: Y2026,
      request: hq26("25000"),
      expect: { weeklyBenefitAmount: "1347.00" },
    },
    {
      name: "HQ $32,760 → 70% = $1,764.00 → $1,764, a dollar under the maximum",
      source: Y2026,
      request: hq26("32760"),
      expect: { weeklyBenefitAmount: "1764.00" },
    },
    {
      name: "HQ $32,760.01 → $1,764.0005 → $1,765 = the maximum",
      source: Y2026,
      request: hq26("32760.01"),
      expect: { weeklyBenefitAmount: "1765.00" },
    },
    {
      name: "HQ $40,000 → capped at $1,765",
      source: Y2026,
      request: hq26("40000"),
      expect: { weeklyBenefitAmount: "1765.00" },
    },
  ]);
});

describe("CA DI 2023: 70% below $6,803.34, then the greater of 60% and 23.3% of the SAWW", () => {
  runCases(BASE, [
    {
      name: "HQ $928.99 → $50",
      source: `${F1}; F3:636`,
      request: hq23("928.99"),
      expect: { weeklyBenefitAmount: "50.00" },
    },
    {
      name: "HQ $929 → 70% = $50.02 → $51",
      source: F1,
      request: hq23("929"),
      expect: { weeklyBenefitAmount: "51.00" },
    },
    {
      name: "HQ $6,803.33 → $366.33 → $367",
      source: `${F1}; F3:637`,
      request: hq23("6803.33"),
      expect: { weeklyBenefitAmount: "367.00" },
    },
    {
      name: "HQ $6,803.34 (⅓ of the SAQW: the upper tier) → 23.3% × $1,570.00 = $365.81 → $366: the statutory cliff (a dollar less)",
      source: `${F1} ("one-third of the state average quarterly wage or higher"); contradictions note 13`,
      request: hq23("6803.34"),
      expect: { weeklyBenefitAmount: "366.00" },
    },
    {
      name: "HQ $35,078.33 → 60% = $1,618.99 → $1,619",
      source: F1,
      request: hq23("35078.33"),
      expect: { weeklyBenefitAmount: "1619.00" },
    },
    {
      name: "HQ $35,078.34 → $1,620.00 = the maximum",
      source: "S7, S8 (B); F3:498",
      request: hq23("35078.34"),
      expect: { weeklyBenefitAmount: "1620.00", maximumWeeklyBenefit: "1620.00" },
    },
  ]);
});

describe("CA DI: dates", () => {
  const at = (d: string) => ({ applicationDate: d, leaveStartDate: d, averageWeeklyWage: "1000.00" });
  runCases(BASE, [
    {
      name: "2019: not compiled → PARAMETER_NOT_KNOWN",
      source: "parameters.md §8 (2020–2026)",
      request: at("2019-12-31"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2022: the tier breakpoint is not in the sources → PARAMETER_NOT_KNOWN",
      source: "F1:53 (rule without the figure)",
      request: at("2022-12-31"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2023-01-01: known (AWW $1,000 → HQ $13,000 → 60% → $600)",
      source: "F3:632-638",
      request: at("2023-01-01"),
      expect: { weeklyBenefitAmount: "600.00" },
    },
    {
      name: "2024: the breakpoint is not in the sources → PARAMETER_NOT_KNOWN",
      source: "parameters.md §8 2024 row",
      request: at("2024-06-05"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2025-01-01: 90%/70% → $900",
      source: SB951,
      request: at("2025-01-01"),
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "2025-12-31: the 2025 figures (AWW $1,000 → 90% → $900)",
      source: SB951,
      request: at("2025-12-31"),
      expect: { weeklyBenefitAmount: "900.00", maximumWeeklyBenefit: "1681.00" },
    },
    {
      name: "2026-01-01: the 2026 maximum $1,765 (DWC's $1,764.11 raised to the dollar) applies",
      source: "UI Code §2655; DIR/DWC Newsline 2025-116 (A)",
      request: at("2026-01-01"),
      expect: { weeklyBenefitAmount: "900.00", maximumWeeklyBenefit: "1765.00" },
    },
    {
      name: "2026-12-31: still the 2026 figures",
      source: "UI Code §2655; DIR/DWC Newsline 2025-116 (A)",
      request: at("2026-12-31"),
      expect: { weeklyBenefitAmount: "900.00", maximumWeeklyBenefit: "1765.00" },
    },
    {
      name: "2027: past the published figures → PARAMETER_NOT_KNOWN",
      source: "DWC's 2027 rates not yet published (searched 2026-12-03)",
      request: at("2027-01-04"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("CA DI: eligibility, weeks, the dollar cap, waiting period", () => {
  runCases(BASE, [
    {
      name: "$300 in the base period qualifies",
      source: "UI Code §2652 (A)",
      request: { wageQuarters: quarters(["2024-Q1", "300"]) },
      expect: { eligible: true, weeklyBenefitAmount: "50.00" },
    },
    {
      name: "$299.99 does not",
      source: "UI Code §2652 (A)",
      request: { wageQuarters: quarters(["2024-Q1", "299.99"]) },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "52 weeks, but total benefits are at most the base-period wages: $10,300 at $693 a week → 104 payable days (14.85 weeks)",
      source: "UI Code §2653 (A)",
      request: hq("10000"),
      expect: { maxWeeks: 52, remainingDays: 104, remainingWeeks: 14.85, waitingPeriodDays: 7 },
    },
    {
      name: "a given AWW: 52 weeks",
      source: "F3:504",
      request: { averageWeeklyWage: "1000.00" },
      expect: {
        maxWeeks: 52,
        remainingWeeks: 52,
        leaveWindow: { kind: "benefit-year", start: "2025-03-05", end: "2026-03-03" },
      },
    },
    {
      name: "a recurrence 60 days after the last disability continues the claim: no new waiting period, and its 5 weeks count (47 left)",
      source: "F3:478, 526",
      request: {
        averageWeeklyWage: "1000.00",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-12-01", endDate: "2025-01-04" }],
      },
      expect: { waitingPeriodDays: 0, remainingWeeks: 47, leaveWindow: { start: "2024-12-01" } },
    },
    {
      name: "61 days after: a new waiting period",
      source: "F3:478",
      request: {
        averageWeeklyWage: "1000.00",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-12-01", endDate: "2025-01-03" }],
      },
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "family care is CA PFL",
      source: "F3:461-468",
      request: { averageWeeklyWage: "1000.00", leaveReason: "FAMILY_CARE" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
  ]);
});

describe("CA SDI: withholding, proration, deadlines", () => {
  it("2025: 1.2% of $1,000 = $12.00, employee-only, no wage ceiling [S11 (B); SB 951]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CA",
        program: "SDI",
        date: "2025-04-04",
        wages: "1000.00",
        wagesYearToDate: "500000.00",
        employerSize: 5,
      }),
    ).toMatchObject({ employeeShare: "12.00", employerShare: "0.00", taxableWages: "1000.00" });
  });
  it("2023: 0.9% up to $153,164: $164 left → $1.48 [F3:483]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CA",
        program: "SDI",
        date: "2023-12-29",
        wages: "1000.00",
        wagesYearToDate: "153000.00",
        employerSize: 5,
      }),
    ).toMatchObject({ taxableWages: "164.00", employeeShare: "1.48" });
  });
  it("2026: 1.3% [S14, S15 (B)]", () => {
    expect(
      calculatePremium({ jurisdiction: "CA", program: "SDI", date: "2026-04-03", wages: "1000.00", employerSize: 5 }),
    ).toMatchObject({ employeeShare: "13.00" });
  });
  it("partial week: 3 of 7 days at $700 → $300 (daily amount WBA ÷ 7) [EDD (A)]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "CA",
        program: "SDI",
        date: "2025-05-01",
        weeklyBenefitAmount: "700.00",
        daysClaimed: 3,
        typicalWorkDaysPerWeek: 7,
      }),
    ).toMatchObject({ amount: "300.00" });
  });
  it("no employer-response or appeal period in the documents → DEADLINE_NOT_DOCUMENTED", () => {
    expect(employerResponseDeadline({ jurisdiction: "CA", program: "SDI", from: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(appealDeadline({ jurisdiction: "CA", program: "SDI", decisionDate: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
});

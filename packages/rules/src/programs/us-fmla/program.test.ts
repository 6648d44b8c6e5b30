import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const EMPLOYED = { startDate: "2020-01-06", hoursLast12Months: 1800, employerSize: 120 };
const LONG_SERVICE = { startDate: "2000-01-03", hoursLast12Months: 2000, employerSize: 300 };
const BASE = {
  id: "fmla",
  jurisdiction: "US",
  program: "FMLA",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2024-03-01",
  leaveStartDate: "2024-03-04",
  averageWeeklyWage: "1000.00",
  employment: EMPLOYED,
};
const ELIGIBILITY = "29 U.S.C. 2611(2); 29 CFR 825.110; seed 003:30-33";

describe("US FMLA: unpaid, so the weekly benefit is 0.00 and explained", () => {
  runCases(BASE, [
    {
      name: "an eligible employee: weekly benefit 0.00, no minimum or maximum, 12 weeks (26 with caregiver leave), no waiting period",
      source: "29 U.S.C. 2612(a), (c); seed 003:55-67",
      expect: {
        eligible: true,
        weeklyBenefitAmount: "0.00",
        minimumWeeklyBenefit: null,
        maximumWeeklyBenefit: null,
        stateAverageWeeklyWage: null,
        maxWeeks: 12,
        maxCombinedWeeks: 26,
        remainingWeeks: 12,
        waitingPeriodDays: 0,
        leaveWindow: { kind: "rolling-back", start: "2023-03-04", end: "2024-03-03" },
      },
    },
    {
      name: "wage records are not measured (AWW 0.00, no base period); eligibility comes from the employment facts",
      source: "29 U.S.C. 2612(c) (unpaid)",
      request: { averageWeeklyWage: null, wageQuarters: quarters(["2023-Q4", "15000"]) },
      expect: { eligible: true, averageWeeklyWage: "0.00", basePeriod: null, weeklyBenefitAmount: "0.00" },
    },
    {
      name: "wage records without employment facts → EMPLOYMENT_DATA_REQUIRED",
      source: ELIGIBILITY,
      request: { averageWeeklyWage: null, wageQuarters: quarters(["2023-Q4", "15000"]), employment: null },
      error: "EMPLOYMENT_DATA_REQUIRED",
    },
    {
      name: "an estimate without employment facts skips the employment tests",
      source: "issue contract (estimate)",
      request: { employment: null },
      expect: { eligible: true },
    },
    {
      name: "leave before the Act took effect (1993-08-05) → BENEFITS_NOT_YET_PAYABLE",
      source: "DOL WHD (FMLA effective 1993-08-05)",
      request: { applicationDate: "1993-08-01", leaveStartDate: "1993-08-04" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "leave on 1993-08-05 is FMLA leave",
      source: "DOL WHD (FMLA effective 1993-08-05)",
      request: {
        applicationDate: "1993-08-01",
        leaveStartDate: "1993-08-05",
        employment: { startDate: "1990-01-01", hoursLast12Months: 2000, employerSize: 60 },
      },
      expect: { eligible: true, maxWeeks: 12, maxCombinedWeeks: 12 },
    },
    {
      name: "statutory figures with no scheduled change answer for any later date",
      source: "29 U.S.C. 2611-2612",
      request: { applicationDate: "2099-06-01", leaveStartDate: "2099-06-01", employment: null },
      expect: { eligible: true, maxWeeks: 12 },
    },
  ]);
});

describe("US FMLA: eligibility thresholds (12 months, 1,250 hours, 50 employees within 75 miles)", () => {
  const employed = (facts: Record<string, unknown>) => ({ employment: { ...EMPLOYED, ...facts } });
  runCases(BASE, [
    {
      name: "exactly 12 months with the employer (2023-03-04 → 2024-03-04) qualifies",
      source: ELIGIBILITY,
      request: employed({ startDate: "2023-03-04" }),
      expect: { eligible: true },
    },
    {
      name: "a day short of 12 months does not",
      source: ELIGIBILITY,
      request: employed({ startDate: "2023-03-05" }),
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "exactly 1,250 hours qualifies",
      source: ELIGIBILITY,
      request: employed({ hoursLast12Months: 1250 }),
      expect: { eligible: true },
    },
    {
      name: "1,249.99 hours does not",
      source: ELIGIBILITY,
      request: employed({ hoursLast12Months: 1249.99 }),
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_HOURS"],
    },
    {
      name: "exactly 50 employees within 75 miles qualifies",
      source: ELIGIBILITY,
      request: employed({ employerSize: 50 }),
      expect: { eligible: true },
    },
    {
      name: "49 employees does not",
      source: ELIGIBILITY,
      request: employed({ employerSize: 49 }),
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "all three short: each is reported",
      source: ELIGIBILITY,
      request: employed({ startDate: "2023-09-01", hoursLast12Months: 900, employerSize: 12 }),
      expect: { eligible: false, weeklyBenefitAmount: "0.00" },
      ineligible: ["INSUFFICIENT_EMPLOYMENT", "INSUFFICIENT_HOURS", "INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "hours given without a start date, with wage records → EMPLOYMENT_DATA_REQUIRED",
      source: ELIGIBILITY,
      request: { averageWeeklyWage: null, wageQuarters: [], employment: { hoursLast12Months: 1500, employerSize: 80 } },
      error: "EMPLOYMENT_DATA_REQUIRED",
    },
  ]);
});

describe("US FMLA: reasons and family members over time", () => {
  runCases(BASE, [
    {
      name: "care of a parent is covered",
      source: "29 CFR 825.113, 825.122; seed 003:49",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT" },
      expect: { eligible: true },
    },
    {
      name: "care of a parent-in-law is not",
      source: "29 CFR 825.122 (parent excludes in-laws)",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT_IN_LAW" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "care of a sibling is not family care leave",
      source: "29 CFR 825.113; seed 003:49",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "SIBLING" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "a sibling as next of kin may take military caregiver leave (26 weeks)",
      source: "29 CFR 825.127(d)(3); seed 003:67",
      request: { leaveReason: "MILITARY_CAREGIVER", familyRelationship: "SIBLING" },
      expect: { eligible: true, maxWeeks: 26, maxCombinedWeeks: 26 },
    },
    {
      name: "qualifying exigency for a spouse's deployment",
      source: "29 CFR 825.126",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "SPOUSE" },
      expect: { eligible: true, maxWeeks: 12 },
    },
    {
      name: "organ donation is not a separate FMLA reason",
      source: "seed 003:39-45",
      request: { leaveReason: "ORGAN_DONATION" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "military caregiver leave starting 2008-01-27, before the NDAA → not covered",
      source: "Pub. L. 110-181 §585 (enacted 2008-01-28)",
      request: {
        leaveReason: "MILITARY_CAREGIVER",
        applicationDate: "2008-01-20",
        leaveStartDate: "2008-01-27",
        familyRelationship: "SPOUSE",
        employment: LONG_SERVICE,
      },
      expect: { eligible: false, maxWeeks: 0, maxCombinedWeeks: 12 },
      ineligible: ["LEAVE_REASON_NOT_COVERED", "NO_WEEKS_REMAINING"],
    },
    {
      name: "military caregiver leave starting 2008-01-28 is covered, 26 weeks",
      source: "Pub. L. 110-181 §585",
      request: {
        leaveReason: "MILITARY_CAREGIVER",
        applicationDate: "2008-01-20",
        leaveStartDate: "2008-01-28",
        familyRelationship: "SPOUSE",
        employment: LONG_SERVICE,
      },
      expect: { eligible: true, maxWeeks: 26 },
    },
    {
      name: "exigency leave starting 2009-01-15 → not yet covered",
      source: "73 FR 67934 (effective 2009-01-16)",
      request: {
        leaveReason: "MILITARY_EXIGENCY",
        applicationDate: "2009-01-10",
        leaveStartDate: "2009-01-15",
        employment: LONG_SERVICE,
      },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "exigency leave starting 2009-01-16 is covered",
      source: "73 FR 67934 (effective 2009-01-16)",
      request: {
        leaveReason: "MILITARY_EXIGENCY",
        applicationDate: "2009-01-10",
        leaveStartDate: "2009-01-16",
        employment: LONG_SERVICE,
      },
      expect: { eligible: true },
    },
    {
      name: "bonding 364 days after the birth is within 12 months",
      source: "29 CFR 825.120(a)(2)",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2023-03-05" },
      expect: { eligible: true },
    },
    {
      name: "bonding 12 months after the birth is too late",
      source: "29 CFR 825.120(a)(2)",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2023-03-04" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
  ]);
});

describe("US FMLA: 12 and 26 weeks in the rolling 12 months", () => {
  runCases(BASE, [
    {
      name: "12 weeks of medical leave in the last 12 months leave none for medical leave",
      source: "29 U.S.C. 2612(a)(1)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2023-06-05", endDate: "2023-08-27" }] },
      expect: { eligible: false, remainingWeeks: 0 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "…but 14 weeks of military caregiver leave remain (26 in all)",
      source: "29 U.S.C. 2612(a)(3); 29 CFR 825.127(e)",
      request: {
        leaveReason: "MILITARY_CAREGIVER",
        familyRelationship: "CHILD",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2023-06-05", endDate: "2023-08-27" }],
      },
      expect: { eligible: true, remainingWeeks: 14 },
    },
    {
      name: "20 weeks of caregiver leave leave 6 weeks for any reason",
      source: "29 CFR 825.127(e)(1) (26 weeks combined)",
      request: { priorLeave: [{ leaveReason: "MILITARY_CAREGIVER", startDate: "2023-09-04", endDate: "2024-01-21" }] },
      expect: { remainingWeeks: 6 },
    },
    {
      name: "leave more than 12 months back does not count",
      source: "29 CFR 825.200(b)(4) (rolling 12 months measured back)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2022-12-05", endDate: "2023-03-03" }] },
      expect: { remainingWeeks: 12 },
    },
  ]);
});

describe("US FMLA: notices and other operations", () => {
  it("the eligibility notice is due in 5 business days, skipping Veterans Day: 2024-11-05 → 2024-11-13 [29 CFR 825.300(b)(1); 5 U.S.C. 6103]", () => {
    expect(employerResponseDeadline({ jurisdiction: "US", program: "FMLA", from: "2024-11-05" })).toMatchObject({
      dueDate: "2024-11-13",
    });
  });
  it("the period before the 2008 final rule is not in the sources → PARAMETER_NOT_KNOWN [73 FR 67934]", () => {
    expect(employerResponseDeadline({ jurisdiction: "US", program: "FMLA", from: "2009-01-15" })).toMatchObject({
      error: { code: "PARAMETER_NOT_KNOWN" },
    });
    expect(employerResponseDeadline({ jurisdiction: "US", program: "FMLA", from: "2009-01-16" })) // MLK Day 2009-01-19 skipped
      .toMatchObject({ dueDate: "2009-01-26" });
  });
  it("no administrative appeal → DEADLINE_NOT_DOCUMENTED; no premium or proration → RULE_NOT_DOCUMENTED [29 U.S.C. 2617]", () => {
    expect(appealDeadline({ jurisdiction: "US", program: "FMLA", decisionDate: "2024-01-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(
      calculatePremium({ jurisdiction: "US", program: "FMLA", date: "2024-01-02", wages: "1000.00", employerSize: 60 }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "US",
        program: "FMLA",
        date: "2024-01-02",
        weeklyBenefitAmount: "0.00",
        hoursClaimed: 8,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});

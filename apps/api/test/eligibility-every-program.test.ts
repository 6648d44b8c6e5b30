// Every program the rules package implements, through the API's checkEligibility on a leave
// starting today (2026-12-02) with ordinary wages ($1,000 a week, reported quarterly and stated
// weekly), employment facts and a birth date: what the database holds reaches the rules through
// the one mapping module, and a program paying benefits today answers with a benefit — or, where
// a figure truly is unpublished, with the typed refusal the package lists in its known refusals
// (so this test changes when the figure lands).
import { benefitRefusalsOf, catalogParameter, listPrograms } from "@openleave/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const TODAY = "2026-12-02";
const NOW = new Date(`${TODAY}T17:00:00Z`);

/**
 * The labels of the figures a program cannot resolve today — from the rules package's one list of
 * known refusals (its "benefits" entries), so this test changes when a figure lands there.
 */
function documentedRefusals(key: string): string[] {
  return benefitRefusalsOf(key).map((refusal) => catalogParameter(refusal.parameterId)?.label ?? refusal.parameterId);
}

/** A reason each program covers (family reasons name a parent). */
function reasonFor(covered: readonly string[]): { leaveReason: string; familyRelationship?: string } {
  if (covered.includes("OWN_HEALTH")) return { leaveReason: "OWN_HEALTH" };
  if (covered.includes("FAMILY_CARE")) return { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT" };
  return { leaveReason: covered[0]! };
}

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id regularHoursPerWeek weeklyWages { weekEnding wages } } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const CHECK = `mutation($claimId: ID!) { checkEligibility(claimId: $claimId) { __typename ... on MutationCheckEligibilitySuccess { data { eligible errorCode weeklyBenefitAmount averageWeeklyWage explanation } } ... on Error { code message } } }`;

/** The 60 weeks of pay before today, $1,000 each, as the claimant states them. */
function weeksOfPay() {
  const weeks: { weekEnding: string; wages: string }[] = [];
  const end = new Date(Date.UTC(2026, 10, 28)); // Saturday 2026-11-28
  for (let i = 0; i < 60; i++) {
    weeks.push({
      weekEnding: new Date(end.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10),
      wages: "1000.00",
    });
  }
  return weeks;
}

describe("checkEligibility for every program, leave starting today", () => {
  let api: TestApi;
  let claimant: ApiClient;
  const employerOf = new Map<string, string>();
  const programOf = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi({ now: () => NOW });
    claimant = await api.signedIn(DEMO.claimant);
    const person = await api.db.person.findFirstOrThrow({ where: { user: { email: DEMO.claimant } } });
    const admin = await api.db.user.findFirstOrThrow({ where: { email: DEMO.programAdmin } });
    let n = 0;
    for (const summary of listPrograms()) {
      const key = `${summary.jurisdiction}-${summary.program}`;
      const program = await api.db.program.upsert({
        where: { jurisdiction_code: { jurisdiction: summary.jurisdiction, code: summary.program } },
        create: { jurisdiction: summary.jurisdiction, code: summary.program, name: summary.name },
        update: {},
      });
      programOf.set(key, program.id);
      if (employerOf.has(summary.jurisdiction)) continue;
      n++;
      const employer = await api.db.employer.create({
        data: {
          fein: `87${String(n).padStart(7, "0")}`,
          name: `Every Program Test Employer ${summary.jurisdiction}`,
          jurisdiction: summary.jurisdiction,
          employeeCount: 120,
        },
      });
      employerOf.set(summary.jurisdiction, employer.id);
      await api.db.employment.create({
        data: { personId: person.id, employerId: employer.id, startDate: new Date("2020-01-06"), hoursPerWeek: "40" },
      });
      const quarters = [
        [2024, 3],
        [2024, 4],
        [2025, 1],
        [2025, 2],
        [2025, 3],
        [2025, 4],
        [2026, 1],
        [2026, 2],
        [2026, 3],
      ] as const;
      await api.db.wageRecord.createMany({
        data: quarters.map(([year, quarter]) => ({
          personId: person.id,
          employerId: employer.id,
          year,
          quarter,
          wages: "13000.00",
          hours: "520",
          weeks: 13,
        })),
      });
      await api.db.wageReport.create({
        data: {
          employerId: employer.id,
          year: 2026,
          quarter: 3,
          fileName: "2026-Q3.csv",
          sha256: "0".repeat(64),
          status: "ACCEPTED",
          rowCount: 1,
          acceptedCount: 1,
          rejectedCount: 0,
          rejections: [],
          submittedById: admin.id,
        },
      });
    }
  }, 120_000);
  afterAll(async () => api?.close());

  const payableToday = listPrograms().filter((p) => p.firstBenefitDate <= TODAY);

  it("covers every program that pays benefits today", () => {
    expect(payableToday.map((p) => `${p.jurisdiction}-${p.program}`)).toEqual(
      expect.arrayContaining(["WA-PFML", "MA-PFML", "NY-PFL", "NY-DBL", "NJ-TDI", "DE-PFML", "US-FMLA"]),
    );
  });

  /** A claim for `summary`'s program with leave starting today, filled in as a claimant would, then checked. */
  async function checkToday(summary: (typeof payableToday)[number]) {
    const key = `${summary.jurisdiction}-${summary.program}`;
    const created = await claimant.mutate("createApplication", CREATE, {
      input: { programId: programOf.get(key), employerId: employerOf.get(summary.jurisdiction) },
    });
    const { leaveReason, familyRelationship } = reasonFor(summary.coveredLeaveReasons);
    const updated = await claimant.mutate("updateApplication", UPDATE, {
      input: {
        claimId: created.id,
        leaveReason,
        ...(familyRelationship ? { familyRelationship } : {}),
        leavePeriods: [{ kind: "CONTINUOUS", startDate: TODAY, endDate: "2026-12-31" }],
        employmentStartDate: "2020-01-06",
        regularHoursPerWeek: "40",
        hoursLast12Months: "2080",
        daysWorked: 1500,
        percentWorkTimeInState: "100",
        birthOrPlacementDate: "2026-11-20",
        weeklyWages: weeksOfPay(),
      },
    });
    expect(updated.weeklyWages).toHaveLength(60);
    return claimant.mutate("checkEligibility", CHECK, { claimId: created.id });
  }

  for (const summary of payableToday) {
    const key = `${summary.jurisdiction}-${summary.program}`;
    it(`${key}: evaluates from the database without an unknown figure`, async () => {
      const snapshot = await checkToday(summary);
      const refusals = documentedRefusals(key);
      if (refusals.length > 0) {
        expect(snapshot.errorCode).toBe("PARAMETER_NOT_KNOWN");
        const explanation = JSON.stringify(snapshot.explanation);
        expect(
          refusals.some((label) => explanation.includes(label)),
          `${key}: ${explanation.slice(0, 400)}`,
        ).toBe(true);
        return;
      }
      expect(snapshot.errorCode, JSON.stringify(snapshot.explanation).slice(0, 400)).toBeNull();
      expect(snapshot.eligible).toBe(true);
      expect(snapshot.weeklyBenefitAmount).toMatch(/^\d+\.\d{2}$/);
    });
  }

  for (const summary of listPrograms().filter((p) => p.firstBenefitDate > TODAY)) {
    const key = `${summary.jurisdiction}-${summary.program}`;
    it(`${key}: reaches the rules from the database and is told benefits are not yet payable (from ${summary.firstBenefitDate})`, async () => {
      const snapshot = await checkToday(summary);
      expect(snapshot.errorCode).toBe("BENEFITS_NOT_YET_PAYABLE");
      expect(snapshot.weeklyBenefitAmount).toBeNull();
    });
  }
});

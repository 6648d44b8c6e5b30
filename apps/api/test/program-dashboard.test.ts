// The dashboards' figures, computed in SQL on the real database, against a scenario built here
// in a program the demo world leaves empty (New York PFL): every expected number is worked out by
// hand in the comments. The clock is Monday 30 November 2026, noon in New York.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const NOW = new Date("2026-11-30T17:00:00Z");
const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const DASHBOARD = `query($programId: ID, $from: Date!, $to: Date!) {
  programDashboard(programId: $programId, from: $from, to: $to) {
          from to
      weeks { weekStart applications approved partiallyApproved denied }
      daysToDecision { claims waiting onHold medianDays p90Days }
      daysToFirstPayment { claims waiting onHold medianDays p90Days }
      queues { queue open overdue ageUnder3Days age3To7Days age8To14Days age15DaysOrMore }
      employerResponses { due onTime late missed open contested onTimeRate responseRate }
      appealOutcomes { outcome appeals }
      quarters { quarter premiumsReported benefitsPaid netPosition }
      utilization { claims coveredWorkers claimsPerThousandWorkers }
      byLeaveReason { leaveReason approvedClaims averageWeeklyBenefit averageWeeks }
  } }`;

let api: TestApi;
let supervisor: ApiClient;
let programId: string;

async function buildScenario() {
  const db = api.db;
  const program = await db.program.findUniqueOrThrow({
    where: { jurisdiction_code: { jurisdiction: "NY", code: "PFL" } },
  });
  programId = program.id;
  expect(await db.claim.count({ where: { programId } }), "the demo world has no NY claims").toBe(0);
  const staff = await db.user.findUniqueOrThrow({ where: { email: DEMO.adjudicator } });
  const employer = await db.employer.create({
    data: { fein: "139999001", name: "Hudson Valley Tools", jurisdiction: "NY", employeeCount: 20 },
  });
  const person = (n: number) =>
    db.person.create({
      data: {
        firstName: `Worker${n}`,
        lastName: "Dashboard",
        ssnEncrypted: "sealed",
        ssnHash: `dashboard-${n}-${randomUUID()}`,
        ssnLast4: String(1000 + n),
      },
    });
  // Ten workers with 2026-Q3 wages (covered); two with wages only in 2025-Q4 (outside the four
  // quarters ending 2026-Q4).
  const workers: { id: string }[] = [];
  for (let n = 0; n < 12; n++) {
    const p = await person(n);
    workers.push(p);
    await db.wageRecord.create({
      data: {
        personId: p.id,
        employerId: employer.id,
        year: n < 10 ? 2026 : 2025,
        quarter: n < 10 ? 3 : 4,
        wages: "12000.00",
      },
    });
  }
  const claim = (n: number, submittedAt: string, leaveReason: string, status: string) =>
    db.claim.create({
      data: {
        programId,
        claimantId: workers[n]!.id,
        createdById: staff.id,
        employerId: employer.id,
        status: status as never,
        leaveReason: leaveReason as never,
        submittedAt: at(submittedAt),
      },
    });
  const decide = (
    claimId: string,
    outcome: string,
    decidedAt: string,
    extra: { wba?: string; start?: string; end?: string; supersedesId?: string } = {},
  ) =>
    db.determination.create({
      data: {
        claimId,
        outcome: outcome as never,
        reasonCode: "TEST",
        explanation: "Scenario",
        decidedById: staff.id,
        decidedAt: at(decidedAt),
        weeklyBenefitAmount: extra.wba,
        approvedStartDate: extra.start ? day(extra.start) : undefined,
        approvedEndDate: extra.end ? day(extra.end) : undefined,
        supersedesId: extra.supersedesId,
      },
    });
  const pay = (claimId: string, gross: string, status: string, sentAt: string | null, week: string) =>
    db.payment.create({
      data: {
        claimId,
        periodStart: day(week),
        periodEnd: day(week),
        gross,
        net: gross,
        status: status as never,
        method: "CHECK",
        scheduledFor: day(week),
        sentAt: sentAt ? at(sentAt) : null,
      },
    });

  // C1: submitted Mon 5 Oct; approved 15 Oct (10 days), $800 for 12 Oct–8 Nov (4 weeks); paid 20
  // and 27 Oct (first payment after 15 days).
  const c1 = await claim(1, "2026-10-05T14:00:00Z", "OWN_HEALTH", "APPROVED");
  const d1 = await decide(c1.id, "APPROVED", "2026-10-15T15:00:00Z", {
    wba: "800.00",
    start: "2026-10-12",
    end: "2026-11-08",
  });
  await pay(c1.id, "800.00", "PAID", "2026-10-20T15:00:00Z", "2026-10-12");
  await pay(c1.id, "800.00", "SENT", "2026-10-27T15:00:00Z", "2026-10-19");
  // C2: 03:30 UTC on 6 Oct is 23:30 on 5 Oct in New York: submitted 5 Oct. Partially approved 26
  // Oct (21 days), $600 for 19 Oct–29 Nov (6 weeks); its payment is on hold (56 days so far).
  const c2 = await claim(2, "2026-10-06T03:30:00Z", "BONDING", "PARTIALLY_APPROVED");
  const d2 = await decide(c2.id, "PARTIALLY_APPROVED", "2026-10-26T16:00:00Z", {
    wba: "600.00",
    start: "2026-10-19",
    end: "2026-11-29",
  });
  await pay(c2.id, "600.00", "HELD", null, "2026-10-19");
  // C3: submitted 14 Oct, denied 3 Nov (20 days); appeal reversed 20 Nov: approved $700 for 19
  // Oct–15 Nov (4 weeks). A returned payment (23 Nov) does not count; $1,400 sent 24 Nov (41 days).
  const c3 = await claim(3, "2026-10-14T15:00:00Z", "FAMILY_CARE", "APPROVED");
  const d3 = await decide(c3.id, "DENIED", "2026-11-03T15:00:00Z");
  await decide(c3.id, "APPROVED", "2026-11-20T15:00:00Z", {
    wba: "700.00",
    start: "2026-10-19",
    end: "2026-11-15",
    supersedesId: d3.id,
  });
  await pay(c3.id, "700.00", "RETURNED", "2026-11-23T15:00:00Z", "2026-10-19");
  await db.payment.create({
    data: {
      claimId: c3.id,
      periodStart: day("2026-10-26"),
      periodEnd: day("2026-11-01"),
      gross: "1400.00",
      net: "1400.00",
      status: "PAID",
      method: "CHECK",
      scheduledFor: day("2026-11-24"),
      sentAt: at("2026-11-24T15:00:00Z"),
    },
  });
  // C4: submitted 2 Nov, still in review (28 days so far). C5: submitted 10 Nov, withdrawn.
  const c4 = await claim(4, "2026-11-02T15:00:00Z", "OWN_HEALTH", "IN_REVIEW");
  const c5 = await claim(5, "2026-11-10T15:00:00Z", "OWN_HEALTH", "WITHDRAWN");
  // C6: submitted 28 Sep (before the period), approved 8 Oct (in it): $500 for 5–18 Oct (2 weeks),
  // $500 sent 13 Oct. C7: August, entirely before the period: $1,000 sent in Q3.
  const c6 = await claim(6, "2026-09-28T15:00:00Z", "OWN_HEALTH", "APPROVED");
  await decide(c6.id, "APPROVED", "2026-10-08T15:00:00Z", { wba: "500.00", start: "2026-10-05", end: "2026-10-18" });
  await pay(c6.id, "500.00", "PAID", "2026-10-13T15:00:00Z", "2026-10-05");
  const c7 = await claim(7, "2026-08-03T15:00:00Z", "OWN_HEALTH", "APPROVED");
  await decide(c7.id, "APPROVED", "2026-08-10T15:00:00Z", { wba: "1000.00", start: "2026-08-10", end: "2026-08-16" });
  await pay(c7.id, "1000.00", "PAID", "2026-08-20T15:00:00Z", "2026-08-10");

  // Employer responses due in the period: on time; contested at 22:00 New York time on its due
  // date (02:00 UTC the next day) — on time; late; missed. One due after the period.
  const respond = (claimId: string, due: string, status: string, respondedAt: string | null) =>
    db.employerResponse.create({
      data: {
        claimId,
        employerId: employer.id,
        status: status as never,
        dueDate: day(due),
        dueDateBasis: "test",
        respondedAt: respondedAt ? at(respondedAt) : null,
      },
    });
  await respond(c1.id, "2026-10-15", "CONFIRMED", "2026-10-14T15:00:00Z");
  await respond(c2.id, "2026-10-16", "CONTESTED", "2026-10-17T02:00:00Z");
  await respond(c3.id, "2026-10-26", "CONFIRMED", "2026-10-28T15:00:00Z");
  await respond(c4.id, "2026-11-12", "EXPIRED", null);
  await respond(c5.id, "2026-12-01", "PENDING", null);

  // Appeals filed in the period: reversed, still pending, withdrawn.
  const appeal = (claimId: string, determinationId: string, filedAt: string, status: string, outcome?: string) =>
    db.appeal.create({
      data: {
        claimId,
        determinationId,
        appellantRole: "CLAIMANT",
        filedById: staff.id,
        filedAt: at(filedAt),
        deadline: day("2026-12-31"),
        reason: "Scenario",
        status: status as never,
        outcome: outcome as never,
        decidedAt: outcome ? at("2026-11-20T15:00:00Z") : null,
      },
    });
  const a1 = await appeal(c3.id, d3.id, "2026-11-05T15:00:00Z", "DECIDED", "REVERSED");
  await appeal(c2.id, d2.id, "2026-11-01T15:00:00Z", "FILED");
  await appeal(c1.id, d1.id, "2026-10-20T15:00:00Z", "WITHDRAWN");

  // Open tasks now: adjudication 1 day old; a grievance 10 days old and overdue; an appeal task
  // (by its appeal only) 20 days old. A finished task does not count.
  const task = (data: Record<string, unknown>) => db.task.create({ data: data as never });
  await task({
    queue: "ADJUDICATION",
    kind: "REVIEW_CLAIM",
    claimId: c4.id,
    createdAt: at("2026-11-29T17:00:00Z"),
    dueAt: at("2026-12-05T17:00:00Z"),
  });
  await task({
    queue: "EMPLOYER_GRIEVANCE",
    kind: "REVIEW_EMPLOYER_GRIEVANCE",
    claimId: c3.id,
    createdAt: at("2026-11-20T17:00:00Z"),
    dueAt: at("2026-11-25T17:00:00Z"),
  });
  await task({
    queue: "APPEALS",
    kind: "HOLD_APPEAL_HEARING",
    appealId: a1.id,
    createdAt: at("2026-11-10T17:00:00Z"),
    dueAt: at("2026-12-10T17:00:00Z"),
  });
  await task({
    queue: "ADJUDICATION",
    kind: "REVIEW_CLAIM",
    claimId: c1.id,
    status: "DONE",
    createdAt: at("2026-10-06T17:00:00Z"),
    dueAt: at("2026-10-10T17:00:00Z"),
  });

  // Premiums: Q3 $5,000 (its superseded first statement of $4,000 does not count), Q4 $3,000.50.
  const statement = (quarter: number, version: number, amountDue: string, supersededAt: Date | null) =>
    db.premiumStatement.create({
      data: {
        employerId: employer.id,
        programId,
        year: 2026,
        quarter,
        version,
        workerCount: 10,
        employerSize: 20,
        totalWages: "120000.00",
        taxableWages: "120000.00",
        totalRate: "0.00373",
        employeeRate: "0.00373",
        employerRate: "0",
        employerShareRequired: false,
        employeeShare: amountDue,
        employerShare: "0.00",
        amountDue,
        explanation: [],
        supersededAt,
      },
    });
  await statement(3, 1, "4000.00", at("2026-10-20T12:00:00Z"));
  await statement(3, 2, "5000.00", null);
  await statement(4, 1, "3000.50", null);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  supervisor = await api.signedIn(DEMO.supervisor);
  await buildScenario();
}, 120_000);
afterAll(async () => api?.close());

async function dashboard(client: ApiClient, variables: Record<string, unknown>) {
  const result = await client.graphql(DASHBOARD, variables);
  if (result.errors?.length) return { errors: result.errors };
  return result.data.programDashboard;
}

describe("program dashboard figures", () => {
  let figures: any;
  beforeAll(async () => {
    figures = await dashboard(supervisor, { programId, from: "2026-10-01", to: "2026-11-29" });
  });

  it("counts applications and first decisions per week (Monday weeks, New York dates)", () => {
    const w = (weekStart: string, applications: number, approved = 0, partiallyApproved = 0, denied = 0) => ({
      weekStart,
      applications,
      approved,
      partiallyApproved,
      denied,
    });
    expect(figures.weeks).toEqual([
      w("2026-09-28", 0),
      w("2026-10-05", 2, 1), // C1 and C2 (5 Oct in New York); C6 approved 8 Oct
      w("2026-10-12", 1, 1), // C3; C1 approved
      w("2026-10-19", 0),
      w("2026-10-26", 0, 0, 1), // C2 partially approved
      w("2026-11-02", 1, 0, 0, 1), // C4; C3 denied
      w("2026-11-09", 1), // C5 (withdrawn later); the appeal's approval of C3 is not a first decision
      w("2026-11-16", 0),
      w("2026-11-23", 0),
    ]);
  });

  it("gives the median and 90th percentile days to decision and to first payment, waiting claims included", () => {
    // Days [10, 20, 21, 28 (C4 so far)]: median (20+21)/2; p90 at 0.9×3 = 2.7 → 21 + 0.7×7.
    expect(figures.daysToDecision).toEqual({ claims: 4, waiting: 1, onHold: 0, medianDays: "20.5", p90Days: "25.9" });
    // Approved claims [15 (C1), 41 (C3), 56 (C2, on hold so far)]: p90 at 1.8 → 41 + 0.8×15.
    expect(figures.daysToFirstPayment).toEqual({
      claims: 3,
      waiting: 1,
      onHold: 1,
      medianDays: "41.0",
      p90Days: "53.0",
    });
  });

  it("sizes the open queues with their ageing", () => {
    const q = (queue: string, open: number, overdue: number, ages: [number, number, number, number]) => ({
      queue,
      open,
      overdue,
      ageUnder3Days: ages[0],
      age3To7Days: ages[1],
      age8To14Days: ages[2],
      age15DaysOrMore: ages[3],
    });
    expect(figures.queues).toEqual([
      q("ADJUDICATION", 1, 0, [1, 0, 0, 0]),
      q("APPEALS", 1, 0, [0, 0, 0, 1]),
      q("EMPLOYER_GRIEVANCE", 1, 1, [0, 0, 1, 0]),
    ]);
  });

  it("measures employer response rates and appeal outcomes", () => {
    expect(figures.employerResponses).toEqual({
      due: 4,
      onTime: 2,
      late: 1,
      missed: 1,
      open: 0,
      contested: 1,
      onTimeRate: "0.5000",
      responseRate: "0.7500",
    });
    expect(figures.appealOutcomes).toEqual([
      { outcome: "AFFIRMED", appeals: 0 },
      { outcome: "REVERSED", appeals: 1 },
      { outcome: "MODIFIED", appeals: 0 },
      { outcome: "DISMISSED", appeals: 0 },
      { outcome: "WITHDRAWN", appeals: 1 },
      { outcome: "PENDING", appeals: 1 },
    ]);
  });

  it("reports the finances: premiums, benefits, net position, utilization, benefit and duration by reason", () => {
    // Q4 benefits: 800 + 800 (C1) + 500 (C6) + 1,400 (C3) = 3,500; the returned 700 is not paid.
    // Net position: (5,000 − 1,000 in Q3) + (3,000.50 − 3,500) = 3,500.50.
    expect(figures.quarters).toEqual([
      { quarter: "2026-Q4", premiumsReported: "3000.50", benefitsPaid: "3500.00", netPosition: "3500.50" },
    ]);
    // Five claims submitted in the period over ten covered workers.
    expect(figures.utilization).toEqual({ claims: 5, coveredWorkers: 10, claimsPerThousandWorkers: "500.00" });
    expect(figures.byLeaveReason).toEqual([
      { leaveReason: "BONDING", approvedClaims: 1, averageWeeklyBenefit: "600.00", averageWeeks: "6.0" },
      { leaveReason: "FAMILY_CARE", approvedClaims: 1, averageWeeklyBenefit: "700.00", averageWeeks: "4.0" },
      // C1 ($800, 4 weeks) and C6 ($500, 2 weeks).
      { leaveReason: "OWN_HEALTH", approvedClaims: 2, averageWeeklyBenefit: "650.00", averageWeeks: "3.0" },
    ]);
  });

  it("covers both quarters when the period spans them, and every program without a filter", async () => {
    const wide = await dashboard(supervisor, { programId, from: "2026-08-01", to: "2026-11-29" });
    expect(wide.quarters).toEqual([
      { quarter: "2026-Q3", premiumsReported: "5000.00", benefitsPaid: "1000.00", netPosition: "4000.00" },
      { quarter: "2026-Q4", premiumsReported: "3000.50", benefitsPaid: "3500.00", netPosition: "3500.50" },
    ]);
    const all = await dashboard(supervisor, { from: "2026-10-01", to: "2026-11-29" });
    expect(all.utilization.claims).toBeGreaterThanOrEqual(5);
  });

  it("refuses a reversed or too long period, and staff who are not supervisors or administrators", async () => {
    const reversed = await dashboard(supervisor, { programId, from: "2026-11-29", to: "2026-10-01" });
    expect(reversed.errors?.[0]).toMatchObject({
      message: "The end of the period must be on or after its start.",
      extensions: { code: "INVALID_INPUT" },
    });
    const long = await dashboard(supervisor, { from: "2020-01-01", to: "2026-11-29" });
    expect(long.errors?.[0]).toMatchObject({
      message: "Choose a period of at most two years.",
      extensions: { code: "INVALID_INPUT" },
    });
    const adjudicator = await api.signedIn(DEMO.adjudicator);
    const refused = await dashboard(adjudicator, { from: "2026-10-01", to: "2026-11-29" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const admin = await api.signedIn(DEMO.programAdmin);
    expect((await dashboard(admin, { programId, from: "2026-10-01", to: "2026-11-29" })).utilization.claims).toBe(5);
  });
});

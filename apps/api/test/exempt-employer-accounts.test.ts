// The staff's account of an exempt employer, with figures, over real HTTP on the real database:
// stored premium statements of an employer whose plan took effect on 2026-04-01, in two programs
// — a quarter before the plan still owed, a covered quarter whose statement was re-issued exempt
// after the employer had reported (and paid) its premium, a covered quarter first stated exempt —
// give what it owes for the quarters before, what the program owes back, and the net, in decimal.
// Only staff read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDateOnly } from "@openleave/db";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";

const EXEMPT = `{ exemptEmployers { owedBeforeExemption paidWhileExempt net exemptQuarters owed remitted balance
  plan { id employer { name } } } }`;

let api: TestApi;
let planId: string;

beforeAll(async () => {
  api = await startTestApi();
  const supervisor = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.supervisor } });
  const [pfml, other] = await api.db.program.findMany({ orderBy: { code: "asc" }, take: 2 });
  const employer = await api.db.employer.create({
    data: { fein: "917700123", name: "Ledger Test Mills", jurisdiction: "WA", employeeCount: 80 },
  });
  const plan = await api.db.privatePlanApplication.create({
    data: {
      employerId: employer.id,
      status: "APPROVED",
      funding: "SELF_FUNDED",
      administratorName: "Ledger Benefits",
      claimsContactPhone: "206-555-0199",
      requestedEffectiveDate: fromDateOnly("2026-04-01"),
      effectiveFrom: fromDateOnly("2026-04-01"),
      submittedById: supervisor.id,
      decidedById: supervisor.id,
      decidedAt: new Date(),
      decisionReason: "Test plan.",
    },
  });
  planId = plan.id;
  const statement = (
    programId: string,
    quarter: number,
    version: number,
    amountDue: string,
    exempt: boolean,
    superseded: boolean,
  ) => ({
    employerId: employer.id,
    programId,
    year: 2026,
    quarter,
    version,
    reason: version === 1 ? "WAGE_REPORT" : "EXEMPTION",
    workerCount: 80,
    employerSize: 80,
    totalWages: "100000.00",
    taxableWages: "100000.00",
    totalRate: "0.0092",
    employeeRate: "0.0066",
    employerRate: "0.0026",
    employerShareRequired: true,
    employeeShare: "660.00",
    employerShare: "260.00",
    amountDue,
    privatePlanId: exempt ? plan.id : null,
    explanation: { steps: [] },
    supersededAt: superseded ? new Date() : null,
  });
  await api.db.premiumStatement.createMany({
    data: [
      // Q1, before the plan: still owed, in both programs; an amended Q1 counts only its current version.
      statement(pfml!.id, 1, 1, "900.00", false, true),
      statement(pfml!.id, 1, 2, "920.35", false, false),
      statement(other!.id, 1, 1, "79.65", false, false),
      // Q2, covered: reported and paid before the approval re-issued it exempt — owed back.
      statement(pfml!.id, 2, 1, "1234.56", false, true),
      statement(pfml!.id, 2, 2, "0.00", true, false),
      statement(other!.id, 2, 1, "10.10", false, true),
      statement(other!.id, 2, 2, "0.00", true, false),
      // Q3, covered from its first statement: nothing was paid, nothing is owed back.
      statement(pfml!.id, 3, 1, "0.00", true, false),
    ],
  });
  await api.db.premiumRemittance.create({
    data: {
      employerId: employer.id,
      year: 2026,
      quarter: 2,
      amount: "1244.66",
      receivedOn: fromDateOnly("2026-07-20"),
    },
  });
});
afterAll(() => api.close());

describe("an exempt employer's account", () => {
  it("owes the quarters before the plan, is owed what it paid for covered quarters, and nets them", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const { data, errors } = await staff.graphql(EXEMPT);
    expect(errors).toBeUndefined();
    const row = data.exemptEmployers.find((r: { plan: { id: string } }) => r.plan.id === planId);
    expect(row).toEqual({
      owedBeforeExemption: "1000.00", // 920.35 + 79.65
      paidWhileExempt: "1244.66", // 1234.56 + 10.10
      net: "-244.66", // the program owes the employer
      exemptQuarters: 3,
      owed: "1000.00",
      remitted: "1244.66",
      balance: "-244.66",
      plan: { id: planId, employer: { name: "Ledger Test Mills" } },
    });
  });

  it("is one row per employer, however many plans it had approved", async () => {
    const employer = await api.db.employer.findFirstOrThrow({ where: { name: "Ledger Test Mills" } });
    const earlier = await api.db.privatePlanApplication.findUniqueOrThrow({ where: { id: planId } });
    const { id: _id, ...copy } = earlier;
    await api.db.privatePlanApplication.create({
      data: { ...copy, effectiveFrom: fromDateOnly("2025-01-01"), effectiveTo: fromDateOnly("2025-12-31") },
    });
    const { data } = await (await api.signedIn(DEMO.supervisor)).graphql(EXEMPT);
    const rows = data.exemptEmployers.filter(
      (r: { plan: { employer: { name: string } } }) => r.plan.employer.name === employer.name,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ plan: { id: planId }, net: "-244.66" });
  });

  it("is for staff only", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const { data } = await hr.graphql(EXEMPT);
    expect(data?.exemptEmployers ?? null).toBeNull();
  });
});

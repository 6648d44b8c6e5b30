// Private-plan exemptions over real HTTP on the real database: a verified administrator applies
// where the rules package allows the kind of plan (WA: self-funded only), wrong input changes
// nothing, a supervisor approves with quarter dates, the covered quarter's premium statement is
// re-issued showing the exemption (nothing owed), and staff see every exempt employer with what it
// owes or is owed. Employers cannot decide, nor see another employer's plans.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDateOnly } from "@openleave/db";
import { enqueueJob } from "../src/jobs/job-queue.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { schedulePaymentsForApprovedClaims } from "../src/domains/payments/schedule-payments.ts";
import { addDaysTo, todayInPacific } from "./support/dates.ts";
import { clearLeaveCalendar, DEMO, startTestApi, type TestApi } from "./support/test-api.ts";

const APPLY = `mutation($input: ApplyForPrivatePlanInput!) { applyForPrivatePlan(input: $input) { __typename
  ... on MutationApplyForPrivatePlanSuccess { data { id status version funding administratorName requestedEffectiveDate } }
  ... on InvalidInputError { message issues { path message } } ... on Error { code message } } }`;
const DECIDE = `mutation($input: DecidePrivatePlanInput!) { decidePrivatePlan(input: $input) { __typename
  ... on MutationDecidePrivatePlanSuccess { data { id status effectiveFrom effectiveTo decisionReason } }
  ... on InvalidInputError { message issues { path message } } ... on Error { code message } } }`;
const STATEMENTS = `query($e: ID!) { premiumStatements(employerId: $e) { year quarter version reason exempt amountDue employeeShare privatePlan { id administratorName } } }`;
const PENDING = `{ privatePlanApplications { id status employer { name } administratorName } }`;
const OPTION = `query($e: ID!) { privatePlanOption(employerId: $e) { allowed funding } }`;
const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename
  ... on MutationSubmitApplicationSuccess { data { id privatePlanRouting { administratorName claimsContactPhone claimsContactEmail } } }
  ... on Error { code message } } }`;
const ROUTING = `query($id: ID!) { claim(id: $id) { id privatePlanRouting { administratorName claimsContactPhone } } }`;
const UPLOAD = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename
  ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } } ... on Error { code message } } }`;
const UPLOAD_RESULT = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename
  ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const PENDING_DOCUMENTS = `{ privatePlanApplications { id documents { id fileName type downloadPath } } }`;
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on Error { code message } } }`;
const CLAIMANT_VIEW = `query($id: ID!) { claim(id: $id) { status expectedDecisionDate employerResponses { id }
  privatePlanRouting { administratorName claimsContactPhone } } }`;
const EXEMPT = `{ exemptEmployers { owed remitted balance plan { id employer { name } effectiveFrom } } }`;

let api: TestApi;
let evergreenId: string;
let planId: string;
let stated: { year: number; quarter: number };
let routedClaimId: string;
let planDocumentId: string;
let mariaLanguage: "EN" | "ES";

const valid = () => ({
  employerId: evergreenId,
  funding: "SELF_FUNDED",
  administratorName: "Cascade Benefits Administrators",
  policyNumber: "VP-2027-114",
  claimsContactPhone: "206-555-0142",
  claimsContactEmail: "claims@cascade-benefits.test",
  requestedEffectiveDate: "2026-07-01",
});

beforeAll(async () => {
  api = await startTestApi();
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  await enqueueJob(api.db, "premiums.backfill", { key: "premiums.backfill:test", payload: {} });
  await drainQueue({ db: api.db, pii: api.pii });
  const latest = await api.db.premiumStatement.findFirstOrThrow({
    where: { employerId: evergreenId, supersededAt: null },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
  });
  stated = { year: latest.year, quarter: latest.quarter };
});
afterAll(() => api.close());

describe("private plans", () => {
  it("refuses a kind of plan the program does not allow, and bad dates, writing nothing", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const before = await api.db.privatePlanApplication.count();
    const insured = await hr.graphql(APPLY, { input: { ...valid(), funding: "INSURED" } });
    expect(insured.data.applyForPrivatePlan.__typename).toBe("InvalidInputError");
    expect(insured.data.applyForPrivatePlan.issues[0].message).toMatch(/accepts only self-funded plans/);
    const midQuarter = await hr.graphql(APPLY, { input: { ...valid(), requestedEffectiveDate: "2026-08-15" } });
    expect(midQuarter.data.applyForPrivatePlan.issues[0]).toMatchObject({
      path: ["input", "requestedEffectiveDate"],
      message: expect.stringMatching(/first day of a quarter/),
    });
    const other = await (await api.signedIn(DEMO.leaveAdminMa)).graphql(APPLY, { input: valid() });
    expect(other.data.applyForPrivatePlan.code).toBe("FORBIDDEN");
    expect(await api.db.privatePlanApplication.count()).toBe(before);
  });

  it("tells the employer which kinds of plan its program accepts (rules package)", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    expect((await hr.graphql(OPTION, { e: evergreenId })).data.privatePlanOption).toEqual({
      allowed: true,
      funding: ["SELF_FUNDED"],
    });
    const bayState = (await api.db.employer.findFirstOrThrow({ where: { jurisdiction: "MA" } })).id;
    const ma = await api.signedIn(DEMO.leaveAdminMa);
    expect((await ma.graphql(OPTION, { e: bayState })).data.privatePlanOption).toEqual({
      allowed: true,
      funding: ["INSURED", "SELF_FUNDED"],
    });
    // Another employer's options are not this administrator's to ask about.
    expect((await ma.graphql(OPTION, { e: evergreenId })).data?.privatePlanOption ?? null).toBeNull();
  });

  it("takes one application at a time, with a staff task, audited", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const applied = await hr.mutate("applyForPrivatePlan", APPLY, { input: valid() });
    expect(applied).toMatchObject({
      status: "SUBMITTED",
      funding: "SELF_FUNDED",
      requestedEffectiveDate: "2026-07-01",
    });
    planId = applied.id;
    const again = await hr.graphql(APPLY, { input: valid() });
    expect(again.data.applyForPrivatePlan.issues[0].message).toMatch(/already waiting/);
    expect(await api.db.task.count({ where: { privatePlanId: planId, kind: "REVIEW_PRIVATE_PLAN" } })).toBe(1);
    expect(await api.db.auditEvent.count({ where: { entityId: planId, action: "private_plan.apply" } })).toBe(1);
  });

  it("takes the plan's documents with the application, for its employer and staff only", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const before = await api.db.task.count({ where: { kind: "REVIEW_DOCUMENT" } });
    const upload = await hr.mutate("requestDocumentUpload", UPLOAD, {
      input: {
        privatePlanId: planId,
        type: "PRIVATE_PLAN_DOCUMENT",
        fileName: "plan-summary.pdf",
        sizeBytes: PDF.length,
      },
    });
    expect((await fetch(upload.uploadUrl, { method: "PUT", body: PDF })).status).toBe(201);
    planDocumentId = upload.document.id;
    const stored = await api.db.document.findUniqueOrThrow({ where: { id: planDocumentId } });
    expect(stored).toMatchObject({ privatePlanId: planId, claimId: null, employerId: evergreenId, status: "UPLOADED" });
    expect(stored.storageKey).toBe(`private-plans/${planId}/${planDocumentId}`);
    // Read with the application (its own task), not queued as a claim document.
    expect(await api.db.task.count({ where: { kind: "REVIEW_DOCUMENT" } })).toBe(before);

    const staff = await api.signedIn(DEMO.supervisor);
    const listed = (await staff.graphql(PENDING_DOCUMENTS)).data.privatePlanApplications.find(
      (p: { id: string }) => p.id === planId,
    );
    expect(listed.documents).toEqual([
      {
        id: planDocumentId,
        fileName: "plan-summary.pdf",
        type: "PRIVATE_PLAN_DOCUMENT",
        downloadPath: `/files/documents/${planDocumentId}`,
      },
    ]);
    const file = await staff.fetch(`/files/documents/${planDocumentId}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect(await api.db.auditEvent.count({ where: { entityId: planDocumentId, action: "document.download" } })).toBe(1);
    expect((await hr.fetch(`/files/documents/${planDocumentId}`)).status).toBe(200);
    for (const outsider of [DEMO.leaveAdminMa, DEMO.claimant]) {
      expect((await (await api.signedIn(outsider)).fetch(`/files/documents/${planDocumentId}`)).status).toBe(404);
    }
  });

  it("refuses plan documents from another employer, of another type, or for a claim and a plan at once", async () => {
    const count = await api.db.document.count();
    const input = { privatePlanId: planId, type: "PRIVATE_PLAN_DOCUMENT", fileName: "x.pdf", sizeBytes: PDF.length };
    const other = await (await api.signedIn(DEMO.leaveAdminMa)).graphql(UPLOAD_RESULT, { input });
    expect(other.data.requestDocumentUpload.code).toBe("NOT_FOUND");
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const wrongType = await hr.graphql(UPLOAD_RESULT, { input: { ...input, type: "MEDICAL_CERTIFICATION" } });
    expect(wrongType.data.requestDocumentUpload.issues[0].path).toEqual(["input", "type"]);
    const claim = await api.db.claim.findFirstOrThrow({ where: { employerId: evergreenId, status: { not: "DRAFT" } } });
    const both = await hr.graphql(UPLOAD_RESULT, { input: { ...input, claimId: claim.id } });
    expect(both.data.requestDocumentUpload.__typename).toBe("InvalidInputError");
    const onClaim = await hr.graphql(UPLOAD_RESULT, { input: { ...input, privatePlanId: null, claimId: claim.id } });
    expect(onClaim.data.requestDocumentUpload.issues[0].path).toEqual(["input", "type"]);
    expect(await api.db.document.count()).toBe(count);
  });

  it("lists applications waiting for a decision to staff only", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const { data, errors } = await staff.graphql(PENDING);
    expect(errors).toBeUndefined();
    expect(data.privatePlanApplications).toContainEqual({
      id: planId,
      status: "SUBMITTED",
      employer: { name: "Evergreen Robotics LLC" },
      administratorName: "Cascade Benefits Administrators",
    });
    expect(data.privatePlanApplications.every((p: { status: string }) => p.status === "SUBMITTED")).toBe(true);
    const hr = await api.signedIn(DEMO.leaveAdmin);
    expect((await hr.graphql(PENDING)).data?.privatePlanApplications ?? null).toBeNull();
  });

  it("lets only supervisors and program administrators decide", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const result = await hr.graphql(DECIDE, {
      input: {
        privatePlanId: planId,
        expectedVersion: 1,
        decision: "APPROVE",
        effectiveFrom: "2026-07-01",
        reason: "ok",
      },
    });
    expect(result.data?.decidePrivatePlan ?? null).toBeNull();
    expect((await api.db.privatePlanApplication.findUniqueOrThrow({ where: { id: planId } })).status).toBe("SUBMITTED");
  });

  it("approves by quarters: the covered quarter's statement shows the exemption and owes nothing", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    const effectiveFrom = `${stated.year}-${String((stated.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
    const decided = await supervisor.mutate("decidePrivatePlan", DECIDE, {
      input: {
        privatePlanId: planId,
        expectedVersion: 1,
        decision: "APPROVE",
        effectiveFrom,
        reason: "The plan's benefits equal or exceed the state plan's.",
      },
    });
    expect(decided).toMatchObject({ status: "APPROVED", effectiveFrom, effectiveTo: null });
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const { data } = await hr.graphql(STATEMENTS, { e: evergreenId });
    const covered = data.premiumStatements.find(
      (s: { year: number; quarter: number }) => s.year === stated.year && s.quarter === stated.quarter,
    );
    expect(covered).toMatchObject({
      version: 2,
      reason: "EXEMPTION",
      exempt: true,
      amountDue: "0.00",
      privatePlan: { id: planId, administratorName: "Cascade Benefits Administrators" },
    });
    expect(Number(covered.employeeShare)).toBeGreaterThan(0); // what the state premium would have been
    const earlier = data.premiumStatements.find(
      (s: { year: number; quarter: number; exempt: boolean }) =>
        s.year * 4 + s.quarter < stated.year * 4 + stated.quarter && !s.exempt,
    );
    expect(Number(earlier.amountDue)).toBeGreaterThan(0);
    expect(await api.db.task.count({ where: { privatePlanId: planId, status: "OPEN" } })).toBe(0);
  });

  it("takes no more documents once the application is decided", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const late = await hr.graphql(UPLOAD_RESULT, {
      input: { privatePlanId: planId, type: "PRIVATE_PLAN_DOCUMENT", fileName: "late.pdf", sizeBytes: PDF.length },
    });
    expect(late.data.requestDocumentUpload.code).toBe("ILLEGAL_TRANSITION");
    // The employer still reads its plan's documents on the decided application.
    const { data } = await hr.graphql(`query($e: ID!) { privatePlans(employerId: $e) { id documents { id } } }`, {
      e: evergreenId,
    });
    expect(data.privatePlans.find((p: { id: string }) => p.id === planId).documents).toEqual([{ id: planDocumentId }]);
  });

  it("routes a claim whose leave the approved plan covers to the plan, shown to the worker and staff", async () => {
    await clearLeaveCalendar(api, DEMO.claimant);
    // María reads Spanish: the plan's notice and email must be in it.
    mariaLanguage = (await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } })).preferredLanguage;
    await api.db.user.update({ where: { email: DEMO.claimant }, data: { preferredLanguage: "ES" } });
    const maria = await api.signedIn(DEMO.claimant);
    const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
    const start = addDaysTo(todayInPacific(), 14);
    const draft = await maria.mutate("createApplication", CREATE, {
      input: { programId: program.id, employerId: evergreenId },
    });
    await maria.mutate("updateApplication", UPDATE, {
      input: {
        claimId: draft.id,
        leaveReason: "OWN_HEALTH",
        conditionDescription: "Knee surgery",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: addDaysTo(start, 13) }],
      },
    });
    const submitted = await maria.mutate("submitApplication", SUBMIT, { claimId: draft.id });
    expect(submitted.privatePlanRouting).toEqual({
      administratorName: "Cascade Benefits Administrators",
      claimsContactPhone: "206-555-0142",
      claimsContactEmail: "claims@cascade-benefits.test",
    });
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: draft.id } })).privatePlanId).toBe(planId);
    const audit = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "claim.submit" } });
    expect(audit.metadata).toMatchObject({ privatePlanId: planId });
    const staff = await api.signedIn(DEMO.adjudicator);
    expect((await staff.graphql(ROUTING, { id: draft.id })).data.claim.privatePlanRouting).toEqual({
      administratorName: "Cascade Benefits Administrators",
      claimsContactPhone: "206-555-0142",
    });
    // A claim of a worker whose employer has no plan is the state's.
    const other = await api.db.claim.findFirstOrThrow({ where: { employer: { name: "Puget Sound Bakery" } } });
    expect((await staff.graphql(ROUTING, { id: other.id })).data.claim.privatePlanRouting).toBeNull();
    routedClaimId = draft.id;
  });

  it("keeps a routed claim out of the state's adjudication and payments", async () => {
    const claim = await api.db.claim.findUniqueOrThrow({
      where: { id: routedClaimId },
      include: { statusHistory: { orderBy: { at: "asc" } } },
    });
    // Closed by the system at submission: the plan decides it.
    expect(claim.status).toBe("CLOSED");
    expect(claim.statusHistory.map((h) => h.toStatus)).toEqual(["DRAFT", "SUBMITTED", "CLOSED"]);
    expect(await api.db.task.count({ where: { claimId: routedClaimId } })).toBe(0);
    expect(await api.db.employerResponse.count({ where: { claimId: routedClaimId } })).toBe(0);
    expect(await api.db.eligibilitySnapshot.count({ where: { claimId: routedClaimId } })).toBe(0);
    expect(await api.db.determination.count({ where: { claimId: routedClaimId } })).toBe(0);
    // Staff cannot pull it into review, and the payment schedule leaves it alone.
    const adjudicator = await api.signedIn(DEMO.adjudicator);
    const review = await adjudicator.graphql(START_REVIEW, {
      input: { claimId: routedClaimId, expectedVersion: claim.version },
    });
    expect(review.data.startReview.code).toBe("ILLEGAL_TRANSITION");
    await schedulePaymentsForApprovedClaims(api.db, todayInPacific());
    expect(await api.db.payment.count({ where: { claimId: routedClaimId } })).toBe(0);
    // The worker's portal view: the plan's contacts, no expected state decision.
    const view = await (await api.signedIn(DEMO.claimant)).graphql(CLAIMANT_VIEW, { id: routedClaimId });
    expect(view.data.claim).toMatchObject({
      status: "CLOSED",
      expectedDecisionDate: null,
      employerResponses: [],
      privatePlanRouting: { administratorName: "Cascade Benefits Administrators", claimsContactPhone: "206-555-0142" },
    });
  });

  it("tells the claimant in their language how to reach the plan, and the employer's administrators", async () => {
    const notices = await api.db.notice.findMany({ where: { claimId: routedClaimId } });
    expect(notices.map((n) => [n.kind, n.audience, n.language])).toEqual([["PRIVATE_PLAN_REFERRAL", "CLAIMANT", "ES"]]);
    const [notice] = notices;
    expect(notice!.body).toContain("Cascade Benefits Administrators");
    expect(notice!.body).toContain("206-555-0142");
    expect(notice!.body).toContain("claims@cascade-benefits.test");
    expect(notice!.body).toMatch(/no pagaremos beneficios/);
    const mariaUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    const toMaria = await api.db.emailOutbox.findMany({
      where: { claimId: routedClaimId, recipientUserId: mariaUser.id },
    });
    expect(toMaria).toHaveLength(1);
    expect(toMaria[0]).toMatchObject({ kind: "PRIVATE_PLAN_REFERRAL", language: "ES" });
    expect(toMaria[0]!.body).toContain("206-555-0142");
    // Every verified administrator of Evergreen, and nobody asks them to respond.
    const admins = await api.db.leaveAdministrator.findMany({
      where: { employerId: evergreenId, verifiedAt: { not: null } },
      select: { userId: true },
    });
    const toEmployer = await api.db.emailOutbox.findMany({
      where: { claimId: routedClaimId, recipientUserId: { not: mariaUser.id } },
    });
    expect(toEmployer.map((e) => e.recipientUserId).sort()).toEqual(admins.map((a) => a.userId).sort());
    expect(toEmployer.every((e) => e.kind === "EMPLOYER_PRIVATE_PLAN_REFERRAL")).toBe(true);
    expect(toEmployer[0]!.body).toContain("Cascade Benefits Administrators");
    expect(toEmployer[0]!.body).not.toContain("Knee");
    await api.db.user.update({ where: { email: DEMO.claimant }, data: { preferredLanguage: mariaLanguage } });
  });

  it("states the demo's exempt employer's covered quarters as exempt and earlier ones as owed", async () => {
    const cascade = await api.db.employer.findFirstOrThrow({ where: { name: "Cascade Timber Cooperative" } });
    const plan = await api.db.privatePlanApplication.findFirstOrThrow({ where: { employerId: cascade.id } });
    const { data } = await (await api.signedIn("hr@cascadetimber.test")).graphql(STATEMENTS, { e: cascade.id });
    const statements: { year: number; quarter: number; exempt: boolean; amountDue: string }[] = data.premiumStatements;
    expect(statements).toHaveLength(6); // the six quarters of wages on file
    const from = plan.effectiveFrom!.toISOString().slice(0, 10);
    for (const s of statements) {
      const start = `${s.year}-${String((s.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
      expect(s.exempt, start).toBe(start >= from);
      if (s.exempt) expect(s.amountDue).toBe("0.00");
      else expect(Number(s.amountDue)).toBeGreaterThan(0);
    }
    expect(statements.filter((s) => s.exempt)).toHaveLength(2);
  });

  it("shows staff every exempt employer and what it owes or is owed", async () => {
    const owedBefore = await api.db.premiumStatement.aggregate({
      where: { employerId: evergreenId, supersededAt: null },
      _sum: { amountDue: true },
    });
    // The employer had remitted more than its statements now say it owes: the program owes it the rest.
    const paid = owedBefore._sum.amountDue!.plus("500.00");
    await api.db.premiumRemittance.create({
      data: { employerId: evergreenId, ...stated, amount: paid, receivedOn: fromDateOnly("2026-10-15") },
    });
    const staff = await api.signedIn(DEMO.adjudicator);
    const { data, errors } = await staff.graphql(EXEMPT);
    expect(errors).toBeUndefined();
    // Evergreen, and the demo's exempt Cascade Timber Cooperative.
    expect(data.exemptEmployers).toHaveLength(2);
    expect(data.exemptEmployers).toContainEqual({
      owed: owedBefore._sum.amountDue!.toFixed(2),
      remitted: paid.toFixed(2),
      balance: "-500.00",
      plan: { id: planId, employer: { name: "Evergreen Robotics LLC" }, effectiveFrom: expect.any(String) },
    });
    const hr = await api.signedIn(DEMO.leaveAdmin);
    expect((await hr.graphql(EXEMPT)).data?.exemptEmployers ?? null).toBeNull();
  });
});

// Employer grievances over real HTTP on the real database: the queue of contests with the
// employer's reasons, comment and evidence (downloadable); only the staff who work the grievance
// queue record a finding; the claimant sees neither the employer's comment nor its evidence nor
// the staff's findings; a finding closes the task, is audited, and notifies both sides (the
// claimant in their language) without the comment or the written findings; a second finding on
// the same contest is a conflict; a finding that sends a decided claim back reopens it, and the
// redetermination is the ordinary decision, superseding the earlier one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";

const OMAR = "omar.haddad-reyes@openleave.test";
const COMMENT_PART = "we had no notice of it";
const FINDINGS = "The schedule shows shifts but no time records; the claimant's certification dates prevail.";

const QUEUE = `query($decided: Boolean) {
  employerGrievances(first: 20, decided: $decided) {
    edges { node {
      id version status contestReasons comment grievanceDueAt reportedLeaveStart
      employer { name }
      documents { id fileName downloadPath type }
      grievanceFinding { outcome reasonCode findings decidedBy { name } }
      claim { id status claimNumber claimant { firstName lastName } }
    } }
  }
}`;
const RECORD = `mutation($input: RecordGrievanceFindingInput!) {
  recordGrievanceFinding(input: $input) {
    __typename
    ... on MutationRecordGrievanceFindingSuccess { data { id version grievanceFinding { outcome reasonCode findings } claim { status } } }
    ... on InvalidInputError { code issues { path message } }
    ... on Error { code message }
  }
}`;
const CLAIMANT_VIEW = `query($id: ID!) {
  claim(id: $id) {
    status
    employerResponses { status contestReasons comment documents { id } grievanceFinding { findings } }
    notices { kind audience language subject body }
  }
}`;

let api: TestApi;
let omarClaimId: string;
let responseId: string;

beforeAll(async () => {
  api = await startTestApi();
  const response = await api.db.employerResponse.findFirstOrThrow({
    where: { status: "CONTESTED", claim: { claimant: { lastName: "Haddad-Reyes" } } },
  });
  responseId = response.id;
  omarClaimId = response.claimId;
  // Omar reads Spanish: his notice must be in it.
  await api.db.user.update({ where: { email: OMAR }, data: { preferredLanguage: "ES" } });
});
afterAll(() => api.close());

describe("the grievance queue", () => {
  it("lists the demo contest with its reasons, comment, evidence and the claim's facts", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    const { data, errors } = await supervisor.graphql(QUEUE);
    expect(errors).toBeUndefined();
    const contest = data.employerGrievances.edges.map((e: any) => e.node).find((n: any) => n.id === responseId);
    expect(contest).toMatchObject({
      status: "CONTESTED",
      contestReasons: ["DATES_INCORRECT", "INSUFFICIENT_NOTICE"],
      employer: { name: "Evergreen Robotics LLC" },
      grievanceFinding: null,
      claim: { id: omarClaimId, status: "IN_REVIEW", claimant: { firstName: "Omar", lastName: "Haddad-Reyes" } },
    });
    expect(contest.comment).toContain(COMMENT_PART);
    expect(contest.grievanceDueAt).toEqual(expect.any(String));
    expect(contest.documents).toEqual([
      expect.objectContaining({ fileName: "work-schedule.pdf", type: "EMPLOYER_EVIDENCE" }),
    ]);

    // The evidence opens for staff: the stored PDF itself.
    const file = await supervisor.fetch(contest.documents[0].downloadPath);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const reasons = await supervisor.graphql(`{ grievanceFindingReasons { code outcome } }`);
    expect(reasons.data.grievanceFindingReasons).toContainEqual({ code: "EVIDENCE_INSUFFICIENT", outcome: "UPHELD" });
  });

  it("is for staff only", async () => {
    for (const email of [OMAR, DEMO.leaveAdmin]) {
      const client = await api.signedIn(email);
      const { errors } = await client.graphql(QUEUE);
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("what the claimant sees", () => {
  it("leaves out the employer's comment and, on the response, its evidence", async () => {
    const omar = await api.signedIn(OMAR);
    const { data } = await omar.graphql(CLAIMANT_VIEW, { id: omarClaimId });
    expect(data.claim.employerResponses).toEqual([
      {
        status: "CONTESTED",
        contestReasons: ["DATES_INCORRECT", "INSUFFICIENT_NOTICE"],
        comment: null,
        documents: [],
        grievanceFinding: null,
      },
    ]);
  });
});

describe("recording a finding", () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    employerResponseId: responseId,
    expectedVersion: 1,
    outcome: "UPHELD",
    reasonCode: "CLAIMANT_EVIDENCE_PREVAILS",
    findings: FINDINGS,
    ...overrides,
  });

  it("is refused to the claimant, the employer and an adjudicator (not their queue)", async () => {
    for (const email of [OMAR, DEMO.leaveAdmin, DEMO.adjudicator]) {
      const client = await api.signedIn(email);
      const result = await client.graphql(RECORD, { input: input() });
      expect(result.data?.recordGrievanceFinding?.code ?? result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await api.db.grievanceFinding.count()).toBe(0);
  });

  it("names the field at fault: a reason that does not fit the outcome, findings too short", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    const { data } = await supervisor.graphql(RECORD, {
      input: input({ outcome: "RETURNED_TO_REVIEW", reasonCode: "EVIDENCE_INSUFFICIENT", findings: "short" }),
    });
    expect(data.recordGrievanceFinding.code).toBe("INVALID_INPUT");
    const paths = data.recordGrievanceFinding.issues.map((i: { path: string[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["input.reasonCode", "input.findings"]));
  });

  it("upholds: closes the task, audits, and notifies both sides without the comment or the findings", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    const recorded = await supervisor.mutate("recordGrievanceFinding", RECORD, { input: input() });
    expect(recorded).toMatchObject({
      version: 2,
      grievanceFinding: { outcome: "UPHELD", reasonCode: "CLAIMANT_EVIDENCE_PREVAILS", findings: FINDINGS },
      claim: { status: "IN_REVIEW" },
    });

    const tasks = await api.db.task.findMany({ where: { claimId: omarClaimId, kind: "REVIEW_EMPLOYER_GRIEVANCE" } });
    expect(tasks.map((t) => t.status)).toEqual(["DONE"]);
    const finding = await api.db.grievanceFinding.findUniqueOrThrow({ where: { employerResponseId: responseId } });
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "employer_grievance.record_finding", entityId: finding.id },
    });
    expect(audit.metadata).toMatchObject({ claimId: omarClaimId, outcome: "UPHELD" });

    const notices = await api.db.notice.findMany({ where: { claimId: omarClaimId, kind: "GRIEVANCE_FINDING" } });
    expect(notices.map((n) => [n.audience, n.language]).sort()).toEqual([
      ["CLAIMANT", "ES"],
      ["EMPLOYER", "EN"],
    ]);
    const claimantNotice = notices.find((n) => n.audience === "CLAIMANT")!;
    expect(claimantNotice.subject).toContain("Revisamos la respuesta de su empleador");
    expect(claimantNotice.body).toContain("Los registros del solicitante pesan más que los del empleador");
    for (const notice of notices) {
      expect(notice.body).not.toContain(COMMENT_PART);
      expect(notice.body).not.toContain(FINDINGS);
      expect(notice.body).not.toContain("Surgery");
    }

    // Emails: the claimant in Spanish, each verified Evergreen administrator in their language.
    const omar = await api.db.user.findUniqueOrThrow({ where: { email: OMAR } });
    const hr = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.leaveAdmin } });
    const emails = await api.db.emailOutbox.findMany({ where: { claimId: omarClaimId } });
    const toOmar = emails.filter((e) => e.recipientUserId === omar.id && e.kind === "GRIEVANCE_FINDING");
    const toHr = emails.filter((e) => e.recipientUserId === hr.id && e.kind === "EMPLOYER_GRIEVANCE_FINDING");
    expect(toOmar.map((e) => e.language)).toEqual(["ES"]);
    expect(toHr.map((e) => e.language)).toEqual([hr.preferredLanguage]);
    for (const email of [...toOmar, ...toHr]) {
      expect(email.body).not.toContain(COMMENT_PART);
      expect(email.body).not.toContain(FINDINGS);
    }

    // The claimant reads the notice, still without the comment or the finding's text.
    const omarClient = await api.signedIn(OMAR);
    const { data } = await omarClient.graphql(CLAIMANT_VIEW, { id: omarClaimId });
    expect(data.claim.notices.filter((n: any) => n.kind === "GRIEVANCE_FINDING")).toEqual([
      expect.objectContaining({ audience: "CLAIMANT", language: "ES" }),
    ]);
    expect(JSON.stringify(data)).not.toContain(COMMENT_PART);
    expect(JSON.stringify(data)).not.toContain(FINDINGS);
    // The employer reads its own copy, and not the staff's findings.
    const hrClient = await api.signedIn(DEMO.leaveAdmin);
    const employerView = await hrClient.graphql(CLAIMANT_VIEW, { id: omarClaimId });
    expect(employerView.data.claim.notices.filter((n: any) => n.kind === "GRIEVANCE_FINDING")).toEqual([
      expect.objectContaining({ audience: "EMPLOYER" }),
    ]);
    expect(JSON.stringify(employerView.data)).not.toContain(FINDINGS);
    expect(JSON.stringify(employerView.data)).not.toContain("Surgery");

    // Decided contests leave the open queue.
    const open = await supervisor.graphql(QUEUE);
    expect(open.data.employerGrievances.edges.map((e: any) => e.node.id)).not.toContain(responseId);
    const decided = await supervisor.graphql(QUEUE, { decided: true });
    expect(decided.data.employerGrievances.edges.map((e: any) => e.node.id)).toContain(responseId);
  });

  it("refuses a second finding on the same contest as a conflict, writing nothing", async () => {
    const admin = await api.signedIn(DEMO.programAdmin);
    const { data } = await admin.graphql(RECORD, { input: input({ expectedVersion: 1 }) });
    expect(data.recordGrievanceFinding.code).toBe("STALE_VERSION");
    const again = await admin.graphql(RECORD, { input: input({ expectedVersion: 2 }) });
    expect(again.data.recordGrievanceFinding.code).toBe("STALE_VERSION");
    expect(await api.db.grievanceFinding.count({ where: { employerResponseId: responseId } })).toBe(1);
  });
});

describe("sending a decided claim back", () => {
  it("reopens it for a redetermination, recorded through the ordinary decision", async () => {
    // Aisha's approved claim, contested (as the employer's response would have left it).
    const claim = await api.db.claim.findFirstOrThrow({
      where: { claimant: { firstName: "Aisha" }, status: "APPROVED" },
      include: { determinations: true },
    });
    const response = await api.db.employerResponse.update({
      where: { claimId_employerId: { claimId: claim.id, employerId: claim.employerId! } },
      data: { status: "CONTESTED", contestReasons: ["WAGES_INCORRECT"], comment: "Wages were lower." },
    });
    await api.db.task.create({
      data: {
        queue: "EMPLOYER_GRIEVANCE",
        kind: "REVIEW_EMPLOYER_GRIEVANCE",
        claimId: claim.id,
        employerId: claim.employerId,
        dueAt: new Date(),
      },
    });

    const admin = await api.signedIn(DEMO.programAdmin);
    const recorded = await admin.mutate("recordGrievanceFinding", RECORD, {
      input: {
        employerResponseId: response.id,
        expectedVersion: response.version,
        outcome: "RETURNED_TO_REVIEW",
        reasonCode: "WAGES_CORRECTED",
        findings: "The payroll register shows lower wages in two base-period quarters.",
      },
    });
    expect(recorded.claim.status).toBe("IN_REVIEW");
    const history = await api.db.claimStatusChange.findFirstOrThrow({
      where: { claimId: claim.id, toStatus: "IN_REVIEW", fromStatus: "APPROVED" },
    });
    expect(history.reason).toContain("grievance");
    // The weeks not yet paid wait for the redetermination instead of going out in the next run.
    const payments = await api.db.payment.groupBy({ by: ["status"], where: { claimId: claim.id }, _count: true });
    expect(payments.map((p) => p.status)).not.toContain("SCHEDULED");
    expect(payments.map((p) => p.status)).toContain("HELD");
    const review = await api.db.task.findFirstOrThrow({
      where: { claimId: claim.id, queue: "ADJUDICATION", status: "OPEN" },
    });
    expect(review.kind).toBe("REVIEW_CLAIM");

    // The adjudicator's redetermination is the ordinary decision, superseding the approval.
    const supervisor = await api.signedIn(DEMO.supervisor);
    const current = await api.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const decided = await supervisor.mutate(
      "recordDetermination",
      `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`,
      {
        input: {
          claimId: claim.id,
          expectedVersion: current.version,
          outcome: "DENIED",
          reasonCode: "INSUFFICIENT_EARNINGS",
          explanation: "With the corrected wages the base period does not meet the earnings test.",
        },
      },
    );
    expect(decided.status).toBe("DENIED");
    const latest = await api.db.determination.findFirstOrThrow({
      where: { claimId: claim.id, supersededBy: null },
    });
    expect(latest.supersedesId).toBe(claim.determinations[0]!.id);
  });
});

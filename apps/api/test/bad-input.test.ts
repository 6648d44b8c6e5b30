// Bad input on every mutation: empty, oversized, wrong type, and other people's ids. Each must
// get a clear error naming the problem, and nothing may be written — not even half a change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type GraphQLResponse, type TestApi } from "./support/test-api.ts";

let api: TestApi;
const as: Record<string, ApiClient> = {};
const ids: Record<string, string> = {};
const HUGE = "x".repeat(100_000);
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" } });
  for (const [name, email] of Object.entries({
    maria: DEMO.claimant,
    aisha: DEMO.claimantAisha,
    hr: DEMO.leaveAdmin,
    staff: DEMO.supervisor,
  })) {
    as[name] = await api.signedIn(email);
  }
  const maria = await api.db.person.findFirstOrThrow({ where: { firstName: "María" } });
  const aisha = await api.db.person.findFirstOrThrow({ where: { firstName: "Aisha" } });
  const mariaUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
  const aishaUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimantAisha } });
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
  const mariaDraft = await api.db.claim.create({
    data: { programId: program.id, claimantId: maria.id, createdById: mariaUser.id },
  });
  const aishaDraft = await api.db.claim.create({
    data: { programId: program.id, claimantId: aisha.id, createdById: aishaUser.id },
  });
  const aishaClaim = await api.db.claim.findFirstOrThrow({ where: { claimantId: aisha.id, status: "APPROVED" } });
  const rosaInfo = await api.db.infoRequest.findFirstOrThrow();
  const pendingClaim = await api.db.claim.findFirstOrThrow({
    where: { claimantId: maria.id, status: "PENDING_EMPLOYER_RESPONSE" },
  });
  const response = await api.db.employerResponse.findFirstOrThrow({ where: { claimId: pendingClaim.id } });
  Object.assign(ids, {
    program: program.id,
    mariaDraft: mariaDraft.id,
    aishaDraft: aishaDraft.id,
    aishaClaim: aishaClaim.id,
    rosaInfo: rosaInfo.id,
    pendingClaim: pendingClaim.id,
    response: response.id,
    responseVersion: String(response.version),
    maria: maria.id,
  });
});
afterAll(() => api.close());

/** Every table a mutation could write to, with its row count. */
async function snapshot() {
  const db = api.db;
  return {
    claims: await db.claim.count(),
    leavePeriods: await db.leavePeriod.count(),
    statusChanges: await db.claimStatusChange.count(),
    snapshots: await db.eligibilitySnapshot.count(),
    documents: await db.document.count(),
    employerResponses: await db.employerResponse.findMany({ select: { status: true, version: true } }),
    determinations: await db.determination.count(),
    notices: await db.notice.count(),
    infoRequests: await db.infoRequest.findMany({ select: { respondedAt: true } }),
    tasks: await db.task.findMany({ select: { status: true, assigneeId: true } }),
    users: await db.user.findMany({ select: { passwordHash: true } }),
    audit: await db.auditEvent.count(),
    drafts: await db.claim.findMany({
      where: { status: "DRAFT" },
      select: { id: true, version: true, leaveReason: true, conditionDescription: true },
    }),
  };
}

interface BadCase {
  mutation: string;
  kind: "empty" | "oversized" | "wrong type" | "someone else's id" | "unknown id";
  who: keyof typeof as | "anonymous";
  query: string;
  variables: () => Record<string, unknown>;
  /** The error code, and for INVALID_INPUT the field the message must name. */
  expect: { code: string; field?: string };
}

const RESULT = `{ __typename ... on Error { code message } ... on InvalidInputError { issues { path message } } }`;

const M = {
  createApplication: `mutation($input: CreateApplicationInput!) { createApplication(input: $input) ${RESULT} }`,
  updateApplication: `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) ${RESULT} }`,
  submitApplication: `mutation($id: ID!) { submitApplication(claimId: $id) ${RESULT} }`,
  discardApplication: `mutation($id: ID!) { discardApplication(claimId: $id) ${RESULT} }`,
  withdrawClaim: `mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) ${RESULT} }`,
  checkEligibility: `mutation($id: ID!) { checkEligibility(claimId: $id) ${RESULT} }`,
  respondToInformationRequest: `mutation($input: RespondToInformationRequestInput!) { respondToInformationRequest(input: $input) ${RESULT} }`,
  requestDocumentUpload: `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) ${RESULT} }`,
  respondToClaim: `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) ${RESULT} }`,
  startReview: `mutation($input: StartReviewInput!) { startReview(input: $input) ${RESULT} }`,
  requestInformation: `mutation($input: RequestInformationInput!) { requestInformation(input: $input) ${RESULT} }`,
  recordDetermination: `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) ${RESULT} }`,
  assignTask: `mutation($id: ID!, $to: ID) { assignTask(taskId: $id, assigneeId: $to) ${RESULT} }`,
  reviewDocument: `mutation($id: ID!, $decision: String!) { reviewDocument(documentId: $id, decision: $decision) ${RESULT} }`,
  revealTaxId: `mutation($id: ID!, $purpose: String!) { revealTaxId(personId: $id, purpose: $purpose) ${RESULT} }`,
  signIn: `mutation($input: SignInInput!) { signIn(input: $input) ${RESULT} }`,
  requestPasswordReset: `mutation($email: String!) { requestPasswordReset(email: $email) ${RESULT} }`,
  resetPassword: `mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) ${RESULT} }`,
};

const CASES: BadCase[] = [
  {
    mutation: "createApplication",
    kind: "empty",
    who: "maria",
    query: M.createApplication,
    variables: () => ({ input: { programId: "" } }),
    expect: { code: "INVALID_INPUT", field: "programId" },
  },
  {
    mutation: "createApplication",
    kind: "oversized",
    who: "maria",
    query: M.createApplication,
    variables: () => ({ input: { programId: ids.program, createKey: HUGE } }),
    expect: { code: "INVALID_INPUT", field: "createKey" },
  },
  {
    mutation: "createApplication",
    kind: "wrong type",
    who: "maria",
    query: M.createApplication,
    variables: () => ({ input: { programId: { id: 1 } } }),
    expect: { code: "BAD_USER_INPUT" },
  },
  {
    mutation: "createApplication",
    kind: "unknown id",
    who: "maria",
    query: M.createApplication,
    variables: () => ({ input: { programId: UNKNOWN_ID } }),
    expect: { code: "INVALID_INPUT", field: "programId" },
  },
  {
    mutation: "updateApplication",
    kind: "empty",
    who: "maria",
    query: M.updateApplication,
    variables: () => ({ input: { claimId: ids.mariaDraft, familyMemberFirstName: "  " } }),
    expect: { code: "INVALID_INPUT", field: "familyMemberFirstName" },
  },
  {
    mutation: "updateApplication",
    kind: "oversized",
    who: "maria",
    query: M.updateApplication,
    variables: () => ({ input: { claimId: ids.mariaDraft, leaveReason: "OWN_HEALTH", conditionDescription: HUGE } }),
    expect: { code: "INVALID_INPUT", field: "conditionDescription" },
  },
  {
    mutation: "updateApplication",
    kind: "wrong type",
    who: "maria",
    query: M.updateApplication,
    variables: () => ({ input: { claimId: ids.mariaDraft, leaveReason: "VACATION" } }),
    expect: { code: "BAD_USER_INPUT" },
  },
  {
    mutation: "updateApplication",
    kind: "wrong type",
    who: "maria",
    query: M.updateApplication,
    variables: () => ({
      input: {
        claimId: ids.mariaDraft,
        leaveReason: "BONDING",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: "2026-02-30", endDate: "2026-03-10" }],
      },
    }),
    expect: { code: "INVALID_INPUT", field: "startDate" },
  },
  {
    mutation: "updateApplication",
    kind: "wrong type",
    who: "maria",
    query: M.updateApplication,
    variables: () => ({
      input: {
        claimId: ids.mariaDraft,
        leavePeriods: [{ kind: "CONTINUOUS", startDate: "2026-03-10", endDate: "2026-03-01" }],
      },
    }),
    expect: { code: "INVALID_INPUT", field: "endDate" },
  },
  {
    mutation: "updateApplication",
    kind: "someone else's id",
    who: "maria",
    query: M.updateApplication,
    variables: () => ({ input: { claimId: ids.aishaDraft, leaveReason: "BONDING" } }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "submitApplication",
    kind: "empty",
    who: "maria",
    query: M.submitApplication,
    variables: () => ({ id: "" }),
    expect: { code: "INVALID_INPUT", field: "claimId" },
  },
  {
    mutation: "submitApplication",
    kind: "empty",
    who: "maria",
    query: M.submitApplication,
    variables: () => ({ id: ids.mariaDraft }),
    expect: { code: "INVALID_INPUT", field: "leaveReason" },
  },
  {
    mutation: "submitApplication",
    kind: "someone else's id",
    who: "maria",
    query: M.submitApplication,
    variables: () => ({ id: ids.aishaDraft }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "discardApplication",
    kind: "someone else's id",
    who: "maria",
    query: M.discardApplication,
    variables: () => ({ id: ids.aishaDraft }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "discardApplication",
    kind: "wrong type",
    who: "maria",
    query: M.discardApplication,
    variables: () => ({ id: "not-a-uuid" }),
    expect: { code: "INVALID_INPUT", field: "claimId" },
  },
  {
    mutation: "withdrawClaim",
    kind: "oversized",
    who: "maria",
    query: M.withdrawClaim,
    variables: () => ({ input: { claimId: ids.pendingClaim, reason: HUGE } }),
    expect: { code: "INVALID_INPUT", field: "reason" },
  },
  {
    mutation: "withdrawClaim",
    kind: "someone else's id",
    who: "maria",
    query: M.withdrawClaim,
    variables: () => ({ input: { claimId: ids.aishaClaim } }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "withdrawClaim",
    kind: "wrong type",
    who: "maria",
    query: M.withdrawClaim,
    variables: () => ({ input: { claimId: ids.pendingClaim, expectedVersion: "one" } }),
    expect: { code: "BAD_USER_INPUT" },
  },
  {
    mutation: "checkEligibility",
    kind: "someone else's id",
    who: "maria",
    query: M.checkEligibility,
    variables: () => ({ id: ids.aishaClaim }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "checkEligibility",
    kind: "empty",
    who: "maria",
    query: M.checkEligibility,
    variables: () => ({ id: ids.mariaDraft }),
    expect: { code: "INVALID_INPUT", field: "leaveReason" },
  },
  {
    mutation: "respondToInformationRequest",
    kind: "empty",
    who: "maria",
    query: M.respondToInformationRequest,
    variables: () => ({ input: { infoRequestId: ids.rosaInfo, response: "" } }),
    expect: { code: "INVALID_INPUT", field: "response" },
  },
  {
    mutation: "respondToInformationRequest",
    kind: "someone else's id",
    who: "maria",
    query: M.respondToInformationRequest,
    variables: () => ({ input: { infoRequestId: ids.rosaInfo, response: "Here is my answer." } }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "requestDocumentUpload",
    kind: "empty",
    who: "maria",
    query: M.requestDocumentUpload,
    variables: () => ({ input: { claimId: ids.pendingClaim, type: "OTHER", fileName: "", sizeBytes: 100 } }),
    expect: { code: "INVALID_INPUT", field: "fileName" },
  },
  {
    mutation: "requestDocumentUpload",
    kind: "oversized",
    who: "maria",
    query: M.requestDocumentUpload,
    variables: () => ({ input: { claimId: ids.pendingClaim, type: "OTHER", fileName: HUGE, sizeBytes: 100 } }),
    expect: { code: "INVALID_INPUT", field: "fileName" },
  },
  {
    mutation: "requestDocumentUpload",
    kind: "wrong type",
    who: "maria",
    query: M.requestDocumentUpload,
    variables: () => ({ input: { claimId: ids.pendingClaim, type: "OTHER", fileName: "a.pdf", sizeBytes: "big" } }),
    expect: { code: "BAD_USER_INPUT" },
  },
  {
    mutation: "requestDocumentUpload",
    kind: "someone else's id",
    who: "maria",
    query: M.requestDocumentUpload,
    variables: () => ({ input: { claimId: ids.aishaClaim, type: "OTHER", fileName: "a.pdf", sizeBytes: 100 } }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "respondToClaim",
    kind: "empty",
    who: "hr",
    query: M.respondToClaim,
    variables: () => ({
      input: { employerResponseId: ids.response, expectedVersion: Number(ids.responseVersion), decision: "CONTEST" },
    }),
    expect: { code: "INVALID_INPUT", field: "contestReasons" },
  },
  {
    mutation: "respondToClaim",
    kind: "oversized",
    who: "hr",
    query: M.respondToClaim,
    variables: () => ({
      input: {
        employerResponseId: ids.response,
        expectedVersion: Number(ids.responseVersion),
        decision: "CONTEST",
        contestReasons: ["OTHER"],
        comment: HUGE,
      },
    }),
    expect: { code: "INVALID_INPUT", field: "comment" },
  },
  {
    mutation: "respondToClaim",
    kind: "wrong type",
    who: "hr",
    query: M.respondToClaim,
    variables: () => ({
      input: { employerResponseId: ids.response, expectedVersion: Number(ids.responseVersion), decision: "MAYBE" },
    }),
    expect: { code: "INVALID_INPUT", field: "decision" },
  },
  {
    mutation: "respondToClaim",
    kind: "unknown id",
    who: "hr",
    query: M.respondToClaim,
    variables: () => ({ input: { employerResponseId: UNKNOWN_ID, expectedVersion: 1, decision: "CONFIRM" } }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "startReview",
    kind: "unknown id",
    who: "staff",
    query: M.startReview,
    variables: () => ({ input: { claimId: UNKNOWN_ID, expectedVersion: 1 } }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "requestInformation",
    kind: "empty",
    who: "staff",
    query: M.requestInformation,
    variables: () => ({ input: { claimId: ids.pendingClaim, expectedVersion: 1, message: "", dueDate: "2099-01-01" } }),
    expect: { code: "INVALID_INPUT", field: "message" },
  },
  {
    mutation: "requestInformation",
    kind: "wrong type",
    who: "staff",
    query: M.requestInformation,
    variables: () => ({
      input: {
        claimId: ids.pendingClaim,
        expectedVersion: 1,
        message: "Please send your certification.",
        dueDate: "next week",
      },
    }),
    expect: { code: "INVALID_INPUT", field: "dueDate" },
  },
  {
    mutation: "recordDetermination",
    kind: "empty",
    who: "staff",
    query: M.recordDetermination,
    variables: () => ({
      input: {
        claimId: ids.pendingClaim,
        expectedVersion: 1,
        outcome: "APPROVED",
        reasonCode: "ELIGIBLE",
        explanation: "",
      },
    }),
    expect: { code: "INVALID_INPUT", field: "explanation" },
  },
  {
    mutation: "recordDetermination",
    kind: "oversized",
    who: "staff",
    query: M.recordDetermination,
    variables: () => ({
      input: {
        claimId: ids.pendingClaim,
        expectedVersion: 1,
        outcome: "DENIED",
        reasonCode: "OTHER",
        explanation: HUGE,
      },
    }),
    expect: { code: "INVALID_INPUT", field: "explanation" },
  },
  {
    mutation: "recordDetermination",
    kind: "wrong type",
    who: "staff",
    query: M.recordDetermination,
    variables: () => ({
      input: { claimId: ids.pendingClaim, expectedVersion: 1, outcome: "PROBABLY", reasonCode: "x", explanation: "y" },
    }),
    expect: { code: "BAD_USER_INPUT" },
  },
  {
    mutation: "assignTask",
    kind: "unknown id",
    who: "staff",
    query: M.assignTask,
    variables: () => ({ id: UNKNOWN_ID }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "assignTask",
    kind: "wrong type",
    who: "staff",
    query: M.assignTask,
    variables: () => ({ id: "task-1" }),
    expect: { code: "INVALID_INPUT", field: "taskId" },
  },
  {
    mutation: "reviewDocument",
    kind: "wrong type",
    who: "staff",
    query: M.reviewDocument,
    variables: () => ({ id: UNKNOWN_ID, decision: "MAYBE" }),
    expect: { code: "INVALID_INPUT", field: "decision" },
  },
  {
    mutation: "reviewDocument",
    kind: "unknown id",
    who: "staff",
    query: M.reviewDocument,
    variables: () => ({ id: UNKNOWN_ID, decision: "ACCEPTED" }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "revealTaxId",
    kind: "unknown id",
    who: "staff",
    query: M.revealTaxId,
    variables: () => ({ id: UNKNOWN_ID, purpose: "check" }),
    expect: { code: "NOT_FOUND" },
  },
  {
    mutation: "signIn",
    kind: "oversized",
    who: "anonymous",
    query: M.signIn,
    variables: () => ({ input: { email: `${HUGE}@example.com`, password: HUGE } }),
    expect: { code: "INVALID_INPUT", field: "email" },
  },
  {
    mutation: "requestPasswordReset",
    kind: "empty",
    who: "anonymous",
    query: M.requestPasswordReset,
    variables: () => ({ email: "" }),
    expect: { code: "INVALID_INPUT", field: "email" },
  },
  {
    mutation: "resetPassword",
    kind: "unknown id",
    who: "anonymous",
    query: M.resetPassword,
    variables: () => ({ token: "no-such-token-at-all", p: "a long enough password" }),
    expect: { code: "INVALID_INPUT", field: "token" },
  },
];

function errorOf(response: GraphQLResponse, field: string): { code: string; fields: string[]; message: string } {
  const graphqlError = response.errors?.[0];
  if (graphqlError) return { code: graphqlError.extensions?.code ?? "", fields: [], message: graphqlError.message };
  const payload = (response.data as Record<string, any>)[field];
  return {
    code: payload.code ?? payload.__typename,
    fields: (payload.issues ?? []).map((issue: { path: string[] }) => issue.path.at(-1)),
    message: payload.message ?? "",
  };
}

describe.each(CASES)("$mutation with $kind input", (testCase) => {
  it(`answers ${testCase.expect.code}${testCase.expect.field ? ` on ${testCase.expect.field}` : ""} and writes nothing`, async () => {
    const client = testCase.who === "anonymous" ? api.client() : as[testCase.who]!;
    const before = await snapshot();
    const response = await client.graphql(testCase.query, testCase.variables());
    const error = errorOf(response, testCase.mutation);
    expect(error.code).toBe(testCase.expect.code);
    expect(error.message.length).toBeGreaterThan(5);
    expect(error.message).not.toMatch(/prisma|postgres|SELECT|at .*\.ts:\d+/i);
    if (testCase.expect.field) expect(error.fields).toContain(testCase.expect.field);
    expect(await snapshot()).toEqual(before);
  });
});

describe("transport-level bad input", () => {
  it("refuses a request body over the 7 MB GraphQL limit with 413", async () => {
    const response = await as.maria!.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...as.maria!.csrfHeader() },
      body: JSON.stringify({
        query: M.createApplication,
        variables: { input: { programId: "x".repeat(8 * 1024 * 1024) } },
      }),
    });
    expect(response.status).toBe(413);
  });

  it("refuses a body that is not JSON with a clear message", async () => {
    const response = await api
      .client()
      .fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/not valid JSON/);
  });

  it("refuses queries nested deeper than the limit, and says so", async () => {
    const nest = (levels: number) =>
      `{ workQueue { edges { node { ${"claim { tasks { ".repeat(levels)}id${" } }".repeat(levels)} } } } }`;
    expect((await as.staff!.graphql(nest(2))).errors).toBeUndefined();
    const tooDeep = await as.staff!.graphql(nest(6));
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);
    expect(tooDeep.data).toBeFalsy();
  });

  it("refuses a query that asks for too much at once", async () => {
    const wide = `{ ${Array.from({ length: 600 }, (_, i) => `p${i}: programs { id name jurisdiction }`).join(" ")} }`;
    const response = await as.staff!.graphql(wide);
    expect(response.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.errors?.[0]?.message).toMatch(/too large/);
  });
});

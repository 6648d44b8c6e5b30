// Role x operation: every operation is tried as every kind of user, and the outcome each one
// gets is pinned. Mutations are probed with a request that is authorized but cannot change
// anything (a stale version, an unknown id), so an "allowed" outcome proves the request got
// past authorization without altering the demo data the other rows rely on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type GraphQLResponse, type TestApi } from "./support/test-api.ts";

type Actor =
  | "anonymous"
  | "claimantOwner"
  | "otherClaimant"
  | "leaveAdmin"
  | "unverifiedLeaveAdmin"
  | "otherEmployerAdmin"
  | "adjudicator"
  | "supervisor"
  | "appealsOfficer"
  | "programAdmin";

const ACTOR_EMAILS: Record<Exclude<Actor, "anonymous">, string> = {
  claimantOwner: DEMO.claimant,
  otherClaimant: DEMO.claimantAisha,
  leaveAdmin: DEMO.leaveAdmin,
  unverifiedLeaveAdmin: DEMO.unverifiedLeaveAdmin,
  otherEmployerAdmin: DEMO.leaveAdminMa,
  adjudicator: DEMO.adjudicator,
  supervisor: DEMO.supervisor,
  appealsOfficer: DEMO.appealsOfficer,
  programAdmin: DEMO.programAdmin,
};
const ACTORS = ["anonymous", ...Object.keys(ACTOR_EMAILS)] as Actor[];

interface Case {
  name: string;
  field: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** The outcome per actor: OK, NULL (nothing visible), EMPTY (empty list), or an error code. */
  expected: Record<Actor, string>;
}

let api: TestApi;
const clients = new Map<Actor, ApiClient>();
const ids = {} as {
  claim: string;
  claimVersion: number;
  employerResponse: string;
  maria: string;
  draftOfMaria: string;
  task: string;
};

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" } });
  clients.set("anonymous", api.client());
  for (const [actor, email] of Object.entries(ACTOR_EMAILS)) clients.set(actor as Actor, await api.signedIn(email));
  const maria = await api.db.person.findFirstOrThrow({ where: { firstName: "María" } });
  const claim = await api.db.claim.findFirstOrThrow({
    where: { claimantId: maria.id, status: "PENDING_EMPLOYER_RESPONSE" },
  });
  const response = await api.db.employerResponse.findFirstOrThrow({ where: { claimId: claim.id } });
  const task = await api.db.task.findFirstOrThrow({ where: { claimId: claim.id, queue: "ADJUDICATION" } });
  const mariaUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
  // Detail only some viewers may see, so the matrix can tell "hidden" from "empty".
  await api.db.claim.update({ where: { id: claim.id }, data: { conditionDescription: "Recovery after childbirth" } });
  await api.db.notice.create({
    data: {
      claimId: claim.id,
      kind: "ACKNOWLEDGMENT",
      templateVersion: 1,
      subject: "We received your application",
      body: "…",
    },
  });
  const draft = await api.db.claim.create({
    data: {
      programId: claim.programId,
      claimantId: maria.id,
      createdById: mariaUser.id,
      statusHistory: { create: { toStatus: "DRAFT" } },
    },
  });
  Object.assign(ids, {
    claim: claim.id,
    claimVersion: claim.version,
    employerResponse: response.id,
    maria: maria.id,
    draftOfMaria: draft.id,
    task: task.id,
  });
});
afterAll(() => api.close());

const all = (outcome: string) => Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Record<Actor, string>;
const staffOnly = (allowed: string, others: string) => ({
  ...all(others),
  anonymous: "UNAUTHENTICATED",
  adjudicator: allowed,
  supervisor: allowed,
  appealsOfficer: allowed,
  programAdmin: allowed,
});

const CASES: Case[] = [
  {
    name: "read a claim",
    field: "claim",
    query: `query($id: ID!) { claim(id: $id) { id } }`,
    variables: () => ({ id: ids.claim }),
    expected: {
      ...all("OK"),
      anonymous: "UNAUTHENTICATED",
      otherClaimant: "NULL",
      unverifiedLeaveAdmin: "NULL",
      otherEmployerAdmin: "NULL",
    },
  },
  {
    name: "read the medical detail of a claim",
    field: "claim",
    query: `query($id: ID!) { claim(id: $id) { conditionDescription } }`,
    variables: () => ({ id: ids.claim }),
    expected: {
      ...all("OK"),
      anonymous: "UNAUTHENTICATED",
      otherClaimant: "NULL",
      unverifiedLeaveAdmin: "NULL",
      otherEmployerAdmin: "NULL",
      leaveAdmin: "HIDDEN:conditionDescription",
    },
  },
  {
    name: "read a claim's notices and payments",
    field: "claim",
    query: `query($id: ID!) { claim(id: $id) { notices { id } payments { id } } }`,
    variables: () => ({ id: ids.claim }),
    expected: {
      ...all("OK"),
      anonymous: "UNAUTHENTICATED",
      otherClaimant: "NULL",
      unverifiedLeaveAdmin: "NULL",
      otherEmployerAdmin: "NULL",
      leaveAdmin: "EMPTY:notices",
    },
  },
  {
    name: "list my claims",
    field: "myClaims",
    query: `{ myClaims { edges { node { id } } } }`,
    variables: () => ({}),
    expected: { ...all("FORBIDDEN"), anonymous: "UNAUTHENTICATED", claimantOwner: "OK", otherClaimant: "OK" },
  },
  {
    name: "list the employer's claims",
    field: "employerClaims",
    query: `{ employerClaims { edges { node { id } } } }`,
    variables: () => ({}),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      leaveAdmin: "OK",
      unverifiedLeaveAdmin: "EMPTY:edges",
      otherEmployerAdmin: "OK",
    },
  },
  {
    name: "read the work queue",
    field: "workQueue",
    query: `{ workQueue { edges { node { id } } } }`,
    variables: () => ({}),
    expected: staffOnly("OK", "FORBIDDEN"),
  },
  {
    name: "start an application",
    field: "createApplication",
    query: `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on Error { code } } }`,
    // An unknown program: a claimant gets past authorization to a field error.
    variables: () => ({ input: { programId: "00000000-0000-4000-8000-000000000000" } }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      claimantOwner: "INVALID_INPUT",
      otherClaimant: "INVALID_INPUT",
    },
  },
  {
    name: "change someone's draft",
    field: "updateApplication",
    query: `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on Error { code } } }`,
    variables: () => ({ input: { claimId: ids.draftOfMaria, expectedVersion: 999 } }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      claimantOwner: "STALE_VERSION",
      otherClaimant: "NOT_FOUND",
    },
  },
  {
    name: "submit someone's draft",
    field: "submitApplication",
    query: `mutation($id: ID!) { submitApplication(claimId: $id) { __typename ... on Error { code } } }`,
    variables: () => ({ id: ids.draftOfMaria }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      claimantOwner: "INVALID_INPUT",
      otherClaimant: "NOT_FOUND",
    },
  },
  {
    name: "withdraw a claim",
    field: "withdrawClaim",
    query: `mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) { __typename ... on Error { code } } }`,
    variables: () => ({ input: { claimId: ids.claim, expectedVersion: 999 } }),
    expected: {
      ...staffOnly("STALE_VERSION", "FORBIDDEN"),
      claimantOwner: "STALE_VERSION",
      otherClaimant: "NOT_FOUND",
    },
  },
  {
    name: "answer as the employer",
    field: "respondToClaim",
    query: `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) { __typename ... on Error { code } } }`,
    variables: () => ({
      input: { employerResponseId: ids.employerResponse, expectedVersion: 999, decision: "CONFIRM" },
    }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      leaveAdmin: "STALE_VERSION",
      unverifiedLeaveAdmin: "FORBIDDEN_TYPED",
      otherEmployerAdmin: "FORBIDDEN_TYPED",
    },
  },
  {
    name: "take a claim into review",
    field: "startReview",
    query: `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on Error { code } } }`,
    variables: () => ({ input: { claimId: ids.claim, expectedVersion: 999 } }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      adjudicator: "STALE_VERSION",
      supervisor: "STALE_VERSION",
    },
  },
  {
    name: "decide a claim",
    field: "recordDetermination",
    query: `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on Error { code } } }`,
    variables: () => ({
      input: {
        claimId: ids.claim,
        expectedVersion: 999,
        outcome: "DENIED",
        reasonCode: "OTHER",
        explanation: "Probe of authorization only.",
      },
    }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      adjudicator: "STALE_VERSION",
      supervisor: "STALE_VERSION",
    },
  },
  {
    name: "see the full SSN",
    field: "revealTaxId",
    query: `mutation($id: ID!) { revealTaxId(personId: $id, purpose: "authorization matrix") { __typename ... on Error { code } } }`,
    variables: () => ({ id: ids.maria }),
    expected: {
      ...all("FORBIDDEN"),
      anonymous: "UNAUTHENTICATED",
      adjudicator: "OK",
      supervisor: "OK",
      appealsOfficer: "OK",
    },
  },
  {
    name: "assign work",
    field: "assignTask",
    query: `mutation($id: ID!) { assignTask(taskId: $id, assigneeId: null) { __typename ... on Error { code } } }`,
    // Handing back a task nobody holds: allowed for a supervisor, refused (typed) for other staff.
    variables: () => ({ id: ids.task }),
    expected: { ...staffOnly("FORBIDDEN_TYPED", "FORBIDDEN"), supervisor: "OK" },
  },
  {
    name: "get an upload link for a claim's documents",
    field: "requestDocumentUpload",
    query: `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename ... on Error { code } } }`,
    // Too large: an authorized uploader gets a field error and nothing is created.
    variables: () => ({
      input: { claimId: ids.claim, type: "EMPLOYER_EVIDENCE", fileName: "a.pdf", sizeBytes: 500 * 1024 * 1024 },
    }),
    expected: { ...all("INVALID_INPUT"), anonymous: "UNAUTHENTICATED" },
  },
];

function outcomeOf(result: GraphQLResponse, field: string): string {
  const code = result.errors?.[0]?.extensions?.code;
  if (code) return code;
  const payload = (result.data as Record<string, any>)[field];
  if (payload === null) return "NULL";
  if (payload.__typename === "ForbiddenError") return "FORBIDDEN_TYPED";
  if (payload.__typename && !payload.__typename.endsWith("Success")) return payload.code;
  if (payload.edges && payload.edges.length === 0) return "EMPTY:edges";
  if ("conditionDescription" in payload && payload.conditionDescription === null) return "HIDDEN:conditionDescription";
  if (Array.isArray(payload.notices) && payload.notices.length === 0) return "EMPTY:notices";
  return "OK";
}

describe.each(CASES)("$name", (testCase) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const result = await clients.get(actor)!.graphql(testCase.query, testCase.variables());
    expect(outcomeOf(result, testCase.field)).toBe(testCase.expected[actor]);
  });
});

describe("after the matrix", () => {
  it("changed nothing it probed, and recorded each full-SSN view", async () => {
    const claim = await api.db.claim.findUniqueOrThrow({ where: { id: ids.claim } });
    expect(claim.version).toBe(ids.claimVersion);
    expect(claim.status).toBe("PENDING_EMPLOYER_RESPONSE");
    expect(await api.db.document.count({ where: { claimId: ids.claim } })).toBe(0);
    expect(await api.db.auditEvent.count({ where: { action: "person.tax_id.read", entityId: ids.maria } })).toBe(3);
  });
});

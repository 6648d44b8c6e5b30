// Limits on what one request may ask (issue 12, findings 7 and 8): the parser stops at a token
// limit, the body at a size limit, and text, list and page arguments are checked for every
// field — each refused with a typed error, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

let api: TestApi;
let maria: ApiClient;
let staff: ApiClient;
let draftId: string;

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" } });
  maria = await api.signedIn(DEMO.claimant);
  staff = await api.signedIn(DEMO.supervisor);
  const user = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
  draftId = (
    await api.db.claim.create({ data: { programId: program.id, claimantId: user.personId!, createdById: user.id } })
  ).id;
});
afterAll(() => api.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe("the parser and the body", () => {
  it("stops parsing a 6 MB query of repeated tokens at the token limit, with a typed error", async () => {
    const query = `{ ${"viewer ".repeat(870_000)} }`;
    expect(query.length).toBeGreaterThan(6_000_000);
    const response = await api.client().fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe("QUERY_TOO_LARGE");
    expect(body.errors[0]!.message).toMatch(/tokens/);
    // The server is still there for everyone else.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it("refuses a shorter query with more tokens than the parser accepts", async () => {
    const response = await api.client().graphql(`{ ${"viewer ".repeat(12_000)} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("QUERY_TOO_LARGE");
  });

  it("refuses a body over the limit with 413 and a typed GraphQL error", async () => {
    const response = await maria.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...maria.csrfHeader() },
      body: JSON.stringify({ query: "{ viewer { id } }", variables: { padding: "x".repeat(8 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("text, lists and pages", () => {
  const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on InvalidInputError { code issues { path message } } ... on Error { code } } }`;

  it.each([
    ["a NUL character", "Recovery\u0000 after surgery"],
    ["a lone surrogate", "Recovery \ud800 after surgery"],
  ])("refuses %s in a text field with a message on that field", async (_what, text) => {
    const response = await maria.graphql(UPDATE, { input: { claimId: draftId, conditionDescription: text } });
    const payload = (response.data as any).updateApplication;
    expect(payload.code).toBe("INVALID_INPUT");
    expect(payload.issues[0].path).toEqual(["input", "conditionDescription"]);
    expect(payload.issues[0].message).toMatch(/character/);
  });

  it("refuses a file name with a lone surrogate", async () => {
    const claim = await api.db.claim.findFirstOrThrow({ where: { status: "PENDING_EMPLOYER_RESPONSE" } });
    const response = await maria.graphql(
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename ... on InvalidInputError { issues { path } } } }`,
      { input: { claimId: claim.id, type: "OTHER", fileName: "scan\udc00.pdf", sizeBytes: 100 } },
    );
    expect((response.data as any).requestDocumentUpload.issues[0].path).toEqual(["input", "fileName"]);
  });

  it.each([
    ["a negative page size", `{ myClaims(first: -5) { edges { node { id } } } }`, "first"],
    ["a page size over the maximum", `{ myClaims(first: 100000) { edges { node { id } } } }`, "first"],
    ["a garbage cursor", `{ myClaims(after: "garbage") { edges { node { id } } } }`, "after"],
  ])("refuses %s with a typed error", async (_what, query, argument) => {
    const response = await maria.graphql(query);
    expect(codeOf(response)).toBe("INVALID_INPUT");
    expect(response.errors?.[0]?.message).toMatch(argument === "after" ? /page link/ : /between 0 and 100/);
  });

  it("refuses a 100,000-item filter list with a typed error", async () => {
    const response = await staff.graphql(
      `query($s: [TaskStatus!]) { workQueue(statuses: $s) { edges { node { id } } } }`,
      { s: Array.from({ length: 100_000 }, () => "OPEN") },
    );
    expect(codeOf(response)).toBe("INVALID_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/at most 500/);
  });
});

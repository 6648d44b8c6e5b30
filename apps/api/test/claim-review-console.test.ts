// What the console's claim screen needs beyond the claim itself: internal notes, finding a
// claim, the claim's audit trail (with SSN readings and their purpose) and who changed it.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

let api: TestApi;
let adjudicator: ApiClient;
let claimant: ApiClient;
let leaveAdmin: ApiClient;
let claimId: string;
let claimNumber: string;

const ADD_NOTE = `mutation($input: AddClaimNoteInput!) { addClaimNote(input: $input) {
  __typename ... on MutationAddClaimNoteSuccess { data { id body author { name } } }
  ... on InvalidInputError { code issues { path message } } ... on Error { code message } } }`;
const NOTES = `query($id: ID!) { claim(id: $id) { notes { id body author { name } } } }`;
const FIND = `query($search: String!) { findClaims(search: $search) { id claimNumber claimant { lastName } } }`;

beforeAll(async () => {
  api = await startTestApi();
  adjudicator = await api.signedIn(DEMO.adjudicator);
  claimant = await api.signedIn(DEMO.claimant);
  leaveAdmin = await api.signedIn(DEMO.leaveAdmin);
  // María's claim: she is the claimant, Evergreen's administrator sees it as her employer.
  const person = await api.db.person.findFirstOrThrow({ where: { user: { email: DEMO.claimant } } });
  const claim = await api.db.claim.findFirstOrThrow({
    where: { claimantId: person.id, status: { not: "DRAFT" } },
  });
  claimId = claim.id;
  claimNumber = claim.claimNumber!;
});
afterAll(() => api.close());

describe("internal notes", () => {
  it("are added by staff, audited without their words, and read by staff only", async () => {
    const note = await adjudicator.mutate("addClaimNote", ADD_NOTE, {
      input: { claimId, body: "  Called the employer; HR confirmed the last day worked.  " },
    });
    expect(note.body).toBe("Called the employer; HR confirmed the last day worked.");
    expect(note.author.name).toBeTruthy();

    const audit = await api.db.auditEvent.findFirstOrThrow({ where: { entityType: "ClaimNote", entityId: note.id } });
    expect(audit.action).toBe("claim.note_added");
    expect(JSON.stringify(audit.metadata)).not.toContain("HR confirmed");

    const staffView = await adjudicator.graphql(NOTES, { id: claimId });
    expect(staffView.data.claim.notes.map((n: { id: string }) => n.id)).toContain(note.id);
    for (const outsider of [claimant, leaveAdmin]) {
      const view = await outsider.graphql(NOTES, { id: claimId });
      expect(view.data.claim).not.toBeNull();
      expect(view.data.claim.notes).toEqual([]);
    }
  });

  it("refuses an empty note and writes nothing", async () => {
    const before = await api.db.claimNote.count();
    const result = await adjudicator.graphql(ADD_NOTE, { input: { claimId, body: "   " } });
    expect(result.data.addClaimNote.code).toBe("INVALID_INPUT");
    expect(result.data.addClaimNote.issues[0].path).toEqual(["input", "body"]);
    expect(await api.db.claimNote.count()).toBe(before);
  });

  it("is not for claimants", async () => {
    const result = await claimant.graphql(ADD_NOTE, { input: { claimId, body: "Let me in" } });
    expect(result.data?.addClaimNote?.code ?? result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("finding a claim", () => {
  it("by claim number, claimant name or SSN last four, and audits how it searched", async () => {
    const byNumber = await adjudicator.graphql(FIND, { search: claimNumber.toLowerCase() });
    expect(byNumber.data.findClaims.map((c: { id: string }) => c.id)).toEqual([claimId]);

    const byName = await adjudicator.graphql(FIND, { search: "maría garc" });
    expect(byName.data.findClaims.map((c: { id: string }) => c.id)).toContain(claimId);

    const person = await api.db.person.findFirstOrThrow({ where: { user: { email: DEMO.claimant } } });
    const byLastFour = await adjudicator.graphql(FIND, { search: person.ssnLast4 });
    expect(byLastFour.data.findClaims.length).toBeGreaterThan(0);
    expect(
      byLastFour.data.findClaims.every(
        (c: { claimant: { lastName: string } }) => c.claimant.lastName === person.lastName,
      ),
    ).toBe(true);

    const searches = await api.db.auditEvent.findMany({ where: { action: "claim.search" }, orderBy: { at: "asc" } });
    expect(searches.map((e) => (e.metadata as { by: string }).by).slice(-3)).toEqual([
      "claimNumber",
      "name",
      "ssnLast4",
    ]);
    expect(JSON.stringify(searches.map((e) => e.metadata))).not.toContain(person.ssnLast4);
  });

  it("is for staff only", async () => {
    for (const outsider of [claimant, leaveAdmin]) {
      const result = await outsider.graphql(FIND, { search: "Garcia" });
      expect(result.data?.findClaims ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("asks for at least two characters", async () => {
    const result = await adjudicator.graphql(FIND, { search: " a " });
    expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
  });
});

describe("the claim's audit trail and history", () => {
  it("shows staff every reading of the claimant's SSN with its purpose, and who changed the status", async () => {
    const person = await api.db.person.findFirstOrThrow({ where: { user: { email: DEMO.claimant } } });
    const reveal = await adjudicator.graphql(
      `mutation($id: ID!, $purpose: String!) { revealTaxId(personId: $id, purpose: $purpose) { __typename ... on MutationRevealTaxIdSuccess { data } } }`,
      { id: person.id, purpose: "identity check with the claimant on the phone" },
    );
    expect(reveal.data.revealTaxId.data).toMatch(/^\d{3}-\d{2}-\d{4}$/);

    const TRAIL = `query($id: ID!) { claim(id: $id) {
      auditTrail { action entityType metadata actor { name } }
      statusHistory { toStatus changedBy { name } } } }`;
    const staffView = await adjudicator.graphql(TRAIL, { id: claimId });
    const trail = staffView.data.claim.auditTrail as {
      action: string;
      metadata: any;
      actor: { name: string } | null;
    }[];
    const read = trail.find((e) => e.action === "person.tax_id.read");
    expect(read?.metadata.purpose).toBe("identity check with the claimant on the phone");
    expect(read?.actor?.name).toBeTruthy();
    expect(trail.some((e) => e.action === "claim.note_added")).toBe(true);
    expect(staffView.data.claim.statusHistory.some((c: { changedBy: unknown }) => c.changedBy !== null)).toBe(true);

    const claimantView = await claimant.graphql(TRAIL, { id: claimId });
    expect(claimantView.data.claim.auditTrail).toEqual([]);
    expect(claimantView.data.claim.statusHistory.every((c: { changedBy: unknown }) => c.changedBy === null)).toBe(true);
  });
});

describe("reassigning work", () => {
  const STAFF = `{ staffMembers { id name } }`;
  const ASSIGN = `mutation($taskId: ID!, $assigneeId: ID) { assignTask(taskId: $taskId, assigneeId: $assigneeId) {
    __typename ... on MutationAssignTaskSuccess { data { id assignee { id name } } } ... on Error { code message } } }`;

  it("lets a supervisor list staff and give a task to one of them; an adjudicator cannot", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    const { data, errors } = await supervisor.graphql(STAFF);
    expect(errors).toBeUndefined();
    const names = data.staffMembers.map((u: { name: string }) => u.name);
    const appealsOfficer = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.appealsOfficer } });
    expect(data.staffMembers.map((u: { id: string }) => u.id)).toContain(appealsOfficer.id);
    // Claimants and employer administrators are not staff.
    const claimantUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    expect(data.staffMembers.map((u: { id: string }) => u.id)).not.toContain(claimantUser.id);
    expect([...names].sort((a: string, b: string) => a.localeCompare(b))).toEqual(names);

    const refused = await adjudicator.graphql(STAFF);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const adjudicatorUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.adjudicator } });
    const task = await api.db.task.findFirstOrThrow({ where: { status: { in: ["OPEN", "IN_PROGRESS"] } } });
    const given = await supervisor.mutate("assignTask", ASSIGN, { taskId: task.id, assigneeId: adjudicatorUser.id });
    expect(given.assignee.id).toBe(adjudicatorUser.id);
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "task.assign", entityId: task.id },
      orderBy: { at: "desc" },
    });
    expect((audit.metadata as { to: string }).to).toBe(adjudicatorUser.id);
  });
});

describe("the claim screen's own queries", () => {
  // The console's documents, read as the browser sends them (urql adds __typename to every
  // selection): each must stay within the API's depth, breadth and complexity limits, which
  // answer a too-large query with `claim: null` — the screen would say "Claim not found".
  it("fit the API's query limits and answer with the claim", async () => {
    const file = new URL("../../admin/src/features/claim-review/claim-review-query.ts", import.meta.url);
    const source = readFileSync(file, "utf8");
    const queries = [...source.matchAll(/graphql\(`\s*(query [\s\S]*?)`\)/g)].map((m) => m[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const query of queries) {
      const sent = query.replace(/\{\n/g, "{\n__typename\n").replace(/^(query [^{]*)\{\n__typename\n/, "$1{\n");
      const result = await adjudicator.graphql(sent, { id: claimId });
      expect(result.errors, query.split("\n")[0]).toBeUndefined();
      expect(result.data.claim.id).toBe(claimId);
    }
  });
});

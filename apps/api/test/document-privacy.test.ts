// Who reads a claim's documents, in both directions, over real HTTP on the real database: the
// claimant never gets the employer's contest evidence (not in Claim.documents, not on the
// response, not by its download link) nor the employer's comment; the employer never gets the
// claimant's medical documents, even one the claimant filed under the employer-evidence type
// before that was refused; staff read both. The claimant may no longer file a document as
// employer evidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const OMAR = "omar.haddad-reyes@openleave.test";
const REQUEST = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename
  ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } }
  ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const DOCUMENTS = `query($id: ID!) { claim(id: $id) {
  documents { id type fileName downloadPath }
  employerResponses { status comment documents { id } }
} }`;
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

let api: TestApi;
let maria: ApiClient;
let hr: ApiClient;
let staff: ApiClient;
let mariaClaimId: string;
let medicalId: string;
let evidenceId: string;

async function upload(client: ApiClient, claimId: string, type: string, fileName: string) {
  const result = await client.graphql(REQUEST, { input: { claimId, type, fileName, sizeBytes: PDF.length } });
  const answer = result.data.requestDocumentUpload;
  if (answer.__typename !== "MutationRequestDocumentUploadSuccess") return answer;
  const put = await fetch(answer.data.uploadUrl, { method: "PUT", body: PDF });
  expect(put.status).toBe(201);
  return answer;
}

const ids = (documents: { id: string }[]) => documents.map((d) => d.id);

beforeAll(async () => {
  api = await startTestApi();
  maria = await api.signedIn(DEMO.claimant);
  hr = await api.signedIn(DEMO.leaveAdmin);
  staff = await api.signedIn(DEMO.adjudicator);
  mariaClaimId = (
    await api.db.claim.findFirstOrThrow({
      where: { claimant: { firstName: "María" }, status: "PENDING_EMPLOYER_RESPONSE" },
    })
  ).id;
  medicalId = (await upload(maria, mariaClaimId, "MEDICAL_CERTIFICATION", "doctor-note.pdf")).data.document.id;
  evidenceId = (await upload(hr, mariaClaimId, "EMPLOYER_EVIDENCE", "timesheet.pdf")).data.document.id;
});
afterAll(() => api.close());

describe("the claimant's view of a claim's documents", () => {
  it("has their own documents and never the employer's evidence", async () => {
    const { data, errors } = await maria.graphql(DOCUMENTS, { id: mariaClaimId });
    expect(errors).toBeUndefined();
    expect(ids(data.claim.documents)).toContain(medicalId);
    expect(ids(data.claim.documents)).not.toContain(evidenceId);
    expect(data.claim.documents.some((d: { type: string }) => d.type === "EMPLOYER_EVIDENCE")).toBe(false);
    // Its download link does not open for the claimant either.
    expect((await maria.fetch(`/files/documents/${evidenceId}`)).status).toBe(404);
    expect((await maria.fetch(`/files/documents/${medicalId}`)).status).toBe(200);
  });

  it("of the demo's contested claim: the response without the comment and without the evidence", async () => {
    const omar = await api.signedIn(OMAR);
    const claim = await api.db.claim.findFirstOrThrow({ where: { claimant: { lastName: "Haddad-Reyes" } } });
    const evidence = await api.db.document.findFirstOrThrow({
      where: { claimId: claim.id, type: "EMPLOYER_EVIDENCE" },
    });
    // The stored evidence belongs to the employer (seeded, or backfilled by the migration).
    expect(evidence.employerId).toBe(claim.employerId);
    const { data } = await omar.graphql(DOCUMENTS, { id: claim.id });
    expect(ids(data.claim.documents)).not.toContain(evidence.id);
    expect(data.claim.employerResponses).toEqual([{ status: "CONTESTED", comment: null, documents: [] }]);
    expect((await omar.fetch(`/files/documents/${evidence.id}`)).status).toBe(404);
    // Staff read it, and so does the employer.
    expect(ids((await staff.graphql(DOCUMENTS, { id: claim.id })).data.claim.documents)).toContain(evidence.id);
    expect(ids((await hr.graphql(DOCUMENTS, { id: claim.id })).data.claim.documents)).toContain(evidence.id);
  });

  it("refuses a claimant's document filed as employer evidence, writing nothing", async () => {
    const before = await api.db.document.count({ where: { claimId: mariaClaimId } });
    const answer = await upload(maria, mariaClaimId, "EMPLOYER_EVIDENCE", "looks-official.pdf");
    expect(answer.__typename).toBe("InvalidInputError");
    expect(answer.issues[0]).toMatchObject({ path: ["input", "type"] });
    expect(await api.db.document.count({ where: { claimId: mariaClaimId } })).toBe(before);
  });
});

describe("the employer's view of a claim's documents", () => {
  it("has the evidence its administrators uploaded, never the claimant's medical documents", async () => {
    const { data } = await hr.graphql(DOCUMENTS, { id: mariaClaimId });
    expect(ids(data.claim.documents)).toEqual([evidenceId]);
    expect((await hr.fetch(`/files/documents/${medicalId}`)).status).toBe(404);
    expect((await hr.fetch(`/files/documents/${evidenceId}`)).status).toBe(200);
    const stored = await api.db.document.findUniqueOrThrow({ where: { id: evidenceId } });
    expect(stored.employerId).toBe((await api.db.claim.findUniqueOrThrow({ where: { id: mariaClaimId } })).employerId);
  });

  it("does not get a claimant's document the claimant typed as employer evidence (older data)", async () => {
    const mariaUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    const legacy = await api.db.document.create({
      data: {
        claimId: mariaClaimId,
        type: "EMPLOYER_EVIDENCE",
        status: "UPLOADED",
        fileName: "my-diagnosis.pdf",
        declaredSize: PDF.length,
        sizeBytes: PDF.length,
        mimeType: "application/pdf",
        storageKey: `claims/${mariaClaimId}/legacy-${Date.now()}`,
        uploadExpiresAt: new Date(),
        uploadedById: mariaUser.id,
      },
    });
    expect(ids((await hr.graphql(DOCUMENTS, { id: mariaClaimId })).data.claim.documents)).not.toContain(legacy.id);
    expect((await hr.fetch(`/files/documents/${legacy.id}`)).status).toBe(404);
    // The claimant still sees what they uploaded themselves.
    expect(ids((await maria.graphql(DOCUMENTS, { id: mariaClaimId })).data.claim.documents)).toContain(legacy.id);
  });

  it("is not another employer's", async () => {
    const other = await api.signedIn(DEMO.leaveAdminMa);
    expect((await other.fetch(`/files/documents/${evidenceId}`)).status).toBe(404);
  });

  it("leaves staff reading both", async () => {
    const { data } = await staff.graphql(DOCUMENTS, { id: mariaClaimId });
    expect(ids(data.claim.documents)).toEqual(expect.arrayContaining([medicalId, evidenceId]));
  });
});

describe("evidence sent with the employer's contest", () => {
  const RESPOND = `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) { __typename ... on Error { code message } } }`;
  const QUEUE = `{ employerGrievances(first: 50) { edges { node { id documents { id fileName } } } } }`;
  const REQUEST_RESULT = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename
    ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } }
    ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;

  it("is attached to the response: staff weigh it with the contest, the claimant never sees it", async () => {
    const response = await api.db.employerResponse.findFirstOrThrow({ where: { claimId: mariaClaimId } });
    const input = (extra: object) => ({
      claimId: mariaClaimId,
      employerResponseId: response.id,
      type: "EMPLOYER_EVIDENCE",
      fileName: "shift-log.pdf",
      sizeBytes: PDF.length,
      ...extra,
    });
    // Not before the employer answered.
    const early = await hr.graphql(REQUEST_RESULT, { input: input({}) });
    expect(early.data.requestDocumentUpload.code).toBe("ILLEGAL_TRANSITION");
    const contested = await hr.graphql(RESPOND, {
      input: {
        employerResponseId: response.id,
        expectedVersion: response.version,
        decision: "CONTEST",
        contestReasons: ["DATES_INCORRECT"],
        comment: "Our shift log shows María at work on the first two days.",
      },
    });
    expect(contested.data.respondToClaim.__typename).toBe("MutationRespondToClaimSuccess");
    // Another employer cannot send evidence with this response.
    const other = await (await api.signedIn(DEMO.leaveAdminMa)).graphql(REQUEST_RESULT, { input: input({}) });
    expect(other.data.requestDocumentUpload.__typename).not.toBe("MutationRequestDocumentUploadSuccess");
    const sent = await hr.graphql(REQUEST_RESULT, { input: input({}) });
    const documentId = sent.data.requestDocumentUpload.data.document.id;
    expect((await fetch(sent.data.requestDocumentUpload.data.uploadUrl, { method: "PUT", body: PDF })).status).toBe(
      201,
    );

    const queue = (await (await api.signedIn(DEMO.supervisor)).graphql(QUEUE)).data.employerGrievances.edges;
    const contest = queue
      .map((e: { node: { id: string } }) => e.node)
      .find((n: { id: string }) => n.id === response.id);
    expect(contest.documents).toEqual([{ id: documentId, fileName: "shift-log.pdf" }]);
    const { data } = await maria.graphql(DOCUMENTS, { id: mariaClaimId });
    expect(ids(data.claim.documents)).not.toContain(documentId);
    expect(data.claim.employerResponses).toEqual([{ status: "CONTESTED", comment: null, documents: [] }]);
  });
});

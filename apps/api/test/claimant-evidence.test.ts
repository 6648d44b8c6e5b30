// Documents a claimant sends with something: an answer to a request for information, and an
// appeal. Real HTTP, real uploads through the signed URL, a fresh database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { decidedClaim, FILE } from "./support/appeals.ts";
import { freshLeave } from "./support/dates.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const UPLOAD = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } } ... on Error { code message } } }`;
const REQUEST_INFO = `mutation($input: RequestInformationInput!) { requestInformation(input: $input) { __typename ... on MutationRequestInformationSuccess { data { id version } } ... on Error { code message } } }`;
const RESPOND = `mutation($input: RespondToInformationRequestInput!) { respondToInformationRequest(input: $input) { __typename ... on MutationRespondToInformationRequestSuccess { data { id status infoRequests { id respondedAt response documents { id fileName } } } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id version } } ... on Error { code message } } }`;
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`;

let api: TestApi;
let maria: ApiClient;
let adjudicator: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  await clearLeaveCalendar(api, DEMO.claimant);
  maria = await api.signedIn(DEMO.claimant);
  adjudicator = await api.signedIn(DEMO.adjudicator);
});
afterAll(() => api.close());

/** A WA bonding claim submitted by María through the API, in its own fresh week. */
async function submittedClaim(): Promise<{ id: string; version: number }> {
  const programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  const employerId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  const { start, end } = freshLeave();
  const draft = await maria.mutate("createApplication", CREATE, { input: { programId, employerId } });
  await maria.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: end }],
    },
  });
  return maria.mutate("submitApplication", SUBMIT, { claimId: draft.id });
}

async function upload(client: ApiClient, claimId: string, type: string, fileName: string): Promise<string> {
  const requested = await client.mutate("requestDocumentUpload", UPLOAD, {
    input: { claimId, type, fileName, sizeBytes: PDF.length },
  });
  const put = await fetch(requested.uploadUrl, { method: "PUT", body: PDF });
  expect(put.status).toBe(201);
  return requested.document.id;
}

describe("answering a request for information with documents", () => {
  it("links the uploaded documents to the answer, in the answer's transaction, audited", async () => {
    const claim = await submittedClaim();
    const review = await adjudicator.mutate("startReview", START_REVIEW, {
      input: { claimId: claim.id, expectedVersion: claim.version },
    });
    const asked = await adjudicator.mutate("requestInformation", REQUEST_INFO, {
      input: {
        claimId: claim.id,
        expectedVersion: review.version,
        message: "Send the certification from your doctor.",
        dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    expect(asked.id).toBe(claim.id);
    const request = await api.db.infoRequest.findFirstOrThrow({ where: { claimId: claim.id, respondedAt: null } });

    const documentId = await upload(maria, claim.id, "MEDICAL_CERTIFICATION", "doctor-note.pdf");
    // Someone else's document, or one not on this claim, is refused and nothing is answered.
    const other = await api.db.document.findFirst({ where: { claimId: { not: claim.id }, status: "UPLOADED" } });
    if (other) {
      const refused = await maria.graphql(RESPOND, {
        input: { infoRequestId: request.id, response: "Attached.", documentIds: [other.id] },
      });
      expect(refused.data.respondToInformationRequest.__typename).toBe("InvalidInputError");
      expect(refused.data.respondToInformationRequest.issues[0].path).toEqual(["input", "documentIds"]);
      expect((await api.db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).respondedAt).toBeNull();
    }

    const answered = await maria.mutate("respondToInformationRequest", RESPOND, {
      input: { infoRequestId: request.id, response: "The certification is attached.", documentIds: [documentId] },
    });
    expect(answered.status).toBe("IN_REVIEW");
    const shown = answered.infoRequests.find((r: { id: string }) => r.id === request.id);
    expect(shown.response).toBe("The certification is attached.");
    expect(shown.documents).toEqual([{ id: documentId, fileName: "doctor-note.pdf" }]);
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { entityId: request.id, action: "claim.respond_to_information_request" },
    });
    expect(audit.metadata).toMatchObject({ documentIds: [documentId] });
  });
});

describe("filing an appeal with evidence", () => {
  it("files the appeal with the uploaded evidence attached, and a document is attached once only", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const evidence = await upload(maria, claim.claimId, "APPEAL_EVIDENCE", "birth-certificate.pdf");
    const FILE_WITH_DOCS = FILE.replace("officer { name }", "officer { name } documents { id fileName }");
    const appeal = await maria.mutate("fileAppeal", FILE_WITH_DOCS, {
      input: {
        claimId: claim.claimId,
        reason: "The birth certificate is attached to this appeal.",
        documentIds: [evidence],
      },
    });
    expect(appeal.status).toBe("FILED");
    expect(appeal.documents).toEqual([{ id: evidence, fileName: "birth-certificate.pdf" }]);
    expect((await api.db.document.findUniqueOrThrow({ where: { id: evidence } })).appealId).toBe(appeal.id);

    // The employer sees the appeal but not the claimant's evidence.
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const seen = await hr.graphql(`query($id: ID!) { claim(id: $id) { appeals { id documents { id } } } }`, {
      id: claim.claimId,
    });
    expect(seen.data.claim.appeals[0].documents).toEqual([]);
  });
});

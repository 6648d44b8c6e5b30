// Document upload through a short-lived signed URL and download through an authorized,
// audited endpoint; the type is sniffed from the bytes, never taken from the client.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const REQUEST = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename ... on MutationRequestDocumentUploadSuccess { data { uploadUrl expiresAt maxBytes document { id status } } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;

// The smallest files of each kind that real parsers recognise.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex");
const HEIC = Buffer.concat([Buffer.from("000000186674797068656963000000006d69663168656963", "hex"), Buffer.alloc(16)]);
const TEXT = Buffer.from("this is not a document, it is a shell script\n#!/bin/sh\n");

let api: TestApi;
let claimant: ApiClient;
let claimId: string;

beforeAll(async () => {
  api = await startTestApi({ env: { UPLOAD_MAX_BYTES: String(64 * 1024) } });
  claimant = await api.signedIn(DEMO.claimant);
  const maria = await api.db.person.findFirstOrThrow({ where: { firstName: "María" } });
  claimId = (
    await api.db.claim.findFirstOrThrow({ where: { claimantId: maria.id, status: "PENDING_EMPLOYER_RESPONSE" } })
  ).id;
});
afterAll(() => api.close());

async function requestUpload(client: ApiClient, type: string, bytes: Buffer, fileName = "certification.pdf") {
  const result = await client.graphql(REQUEST, { input: { claimId, type, fileName, sizeBytes: bytes.length } });
  return result.data.requestDocumentUpload;
}

function put(url: string, body: Buffer) {
  return fetch(url, { method: "PUT", body, headers: { "content-type": "application/octet-stream" } });
}

describe("uploading", () => {
  it.each([
    ["PDF", PDF, "application/pdf"],
    ["PNG", PNG, "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
    ["HEIC", HEIC, "image/heic"],
  ])("accepts a %s, stores its hash and sniffed type, and queues a review", async (_kind, bytes, mime) => {
    const upload = await requestUpload(claimant, "MEDICAL_CERTIFICATION", bytes);
    expect(upload.data.document.status).toBe("AWAITING_UPLOAD");
    const response = await put(upload.data.uploadUrl, bytes);
    expect(response.status).toBe(201);
    const stored = await api.db.document.findUniqueOrThrow({ where: { id: upload.data.document.id } });
    expect(stored).toMatchObject({
      status: "UPLOADED",
      mimeType: mime,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(await api.db.task.count({ where: { claimId, kind: "REVIEW_DOCUMENT" } })).toBeGreaterThan(0);
    expect(await api.db.auditEvent.count({ where: { entityId: stored.id, action: "document.upload" } })).toBe(1);
  });

  it("refuses content that is not an allowed type, whatever it is called", async () => {
    const upload = await requestUpload(claimant, "OTHER", TEXT, "letter.pdf");
    const response = await put(upload.data.uploadUrl, TEXT);
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toMatch(/PDF, JPEG, PNG or HEIC/);
    expect((await api.db.document.findUniqueOrThrow({ where: { id: upload.data.document.id } })).status).toBe(
      "AWAITING_UPLOAD",
    );
  });

  it("refuses a file over the size limit, both when asking and when sending", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024)]);
    const asked = await requestUpload(claimant, "OTHER", big);
    expect(asked.__typename).toBe("InvalidInputError");
    expect(asked.issues[0].path).toEqual(["input", "sizeBytes"]);
    const small = await requestUpload(claimant, "OTHER", PDF);
    const response = await put(small.data.uploadUrl, big);
    expect(response.status).toBe(413);
  });

  it("refuses an empty file", async () => {
    const upload = await requestUpload(claimant, "OTHER", PDF);
    expect((await put(upload.data.uploadUrl, Buffer.alloc(0))).status).toBe(400);
  });

  it("accepts one upload per link", async () => {
    const upload = await requestUpload(claimant, "OTHER", PDF);
    expect((await put(upload.data.uploadUrl, PDF)).status).toBe(201);
    expect((await put(upload.data.uploadUrl, PNG)).status).toBe(409);
  });

  it("refuses a tampered or expired link", async () => {
    const upload = await requestUpload(claimant, "OTHER", PDF);
    const tampered = new URL(upload.data.uploadUrl);
    tampered.searchParams.set("expires", String(Number(tampered.searchParams.get("expires")) + 3600));
    expect((await put(tampered.toString(), PDF)).status).toBe(403);

    const expiring = await startTestApi({ env: { UPLOAD_URL_TTL_SECONDS: "0" } });
    try {
      const client = await expiring.signedIn(DEMO.claimant);
      const maria = await expiring.db.person.findFirstOrThrow({ where: { firstName: "María" } });
      const id = (await expiring.db.claim.findFirstOrThrow({ where: { claimantId: maria.id } })).id;
      const result = await client.graphql(REQUEST, {
        input: { claimId: id, type: "OTHER", fileName: "a.pdf", sizeBytes: PDF.length },
      });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await put(result.data.requestDocumentUpload.data.uploadUrl, PDF)).status).toBe(410);
    } finally {
      await expiring.close();
    }
  }, 120_000);

  it("rejects bad metadata with field messages", async () => {
    const result = await claimant.graphql(REQUEST, {
      input: { claimId, type: "OTHER", fileName: "../../etc/passwd", sizeBytes: 0 },
    });
    const paths = result.data.requestDocumentUpload.issues.map((i: { path: string[] }) => i.path.at(-1));
    expect(paths).toEqual(expect.arrayContaining(["fileName", "sizeBytes"]));
  });

  it("lets the employer upload only employer evidence", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    expect((await requestUpload(hr, "MEDICAL_CERTIFICATION", PDF)).__typename).toBe("InvalidInputError");
    expect((await requestUpload(hr, "EMPLOYER_EVIDENCE", PDF)).__typename).toBe("MutationRequestDocumentUploadSuccess");
  });
});

describe("downloading", () => {
  let documentId: string;
  beforeAll(async () => {
    const upload = await requestUpload(claimant, "MEDICAL_CERTIFICATION", PDF, "doctor note.pdf");
    await put(upload.data.uploadUrl, PDF);
    documentId = upload.data.document.id;
  });

  it("serves the file to its claimant, as an attachment that is not sniffed, and audits the read", async () => {
    const response = await claimant.fetch(`/files/documents/${documentId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(await api.db.auditEvent.count({ where: { entityId: documentId, action: "document.download" } })).toBe(1);
  });

  it("serves it to staff", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    expect((await staff.fetch(`/files/documents/${documentId}`)).status).toBe(200);
  });

  it("shows it inline to staff, framable by the console's origin only, and audits that view", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const before = await api.db.auditEvent.count({ where: { entityId: documentId, action: "document.download" } });
    const response = await staff.fetch(`/files/documents/${documentId}?view=inline`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('inline; filename="doctor note.pdf"');
    expect(response.headers.get("content-security-policy")).toBe(
      `frame-ancestors ${new URL(api.config.adminUrl).origin}`,
    );
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    const events = await api.db.auditEvent.findMany({
      where: { entityId: documentId, action: "document.download" },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.metadata).toMatchObject({ claimId, view: "inline" });
  });

  it("gives everyone else an attachment that no page may frame, even when asked for inline", async () => {
    for (const path of [`/files/documents/${documentId}`, `/files/documents/${documentId}?view=inline`]) {
      const response = await claimant.fetch(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment/);
      expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      await response.arrayBuffer();
    }
    // And an inline view is still refused to whoever may not read the document at all.
    expect((await api.client().fetch(`/files/documents/${documentId}?view=inline`)).status).toBe(401);
    const hr = await api.signedIn(DEMO.leaveAdmin);
    expect((await hr.fetch(`/files/documents/${documentId}?view=inline`)).status).toBe(404);
  });

  it.each([
    ["anonymous", null, 401],
    ["another claimant", DEMO.claimantAisha, 404],
    ["the employer (medical documents are not theirs)", DEMO.leaveAdmin, 404],
    ["another employer", DEMO.leaveAdminMa, 404],
  ])("does not serve it to %s", async (_who, email, status) => {
    const client = email ? await api.signedIn(email) : api.client();
    expect((await client.fetch(`/files/documents/${documentId}`)).status).toBe(status);
  });

  it("lists documents by who may see them", async () => {
    const query = `query($id: ID!) { claim(id: $id) { documents { id type downloadPath } } }`;
    const mine = (await claimant.graphql(query, { id: claimId })).data.claim.documents;
    expect(mine.some((d: { id: string }) => d.id === documentId)).toBe(true);
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const theirs = (await hr.graphql(query, { id: claimId })).data.claim.documents;
    expect(theirs.every((d: { type: string }) => d.type === "EMPLOYER_EVIDENCE")).toBe(true);
  });
});

describe("what an upload may be, and what a claim needs", () => {
  it("tells a signed-in person the size limit and the types before they upload", async () => {
    const query = `{ documentUploadPolicy { maxBytes mimeTypes typeNames extensions } }`;
    const policy = (await claimant.graphql(query)).data.documentUploadPolicy;
    expect(policy.maxBytes).toBe(64 * 1024);
    expect(policy.mimeTypes).toEqual(expect.arrayContaining(["application/pdf", "image/heic"]));
    expect(policy.typeNames).toEqual(["PDF", "JPEG", "PNG", "HEIC"]);
    expect(policy.extensions).toContain(".heic");
    const anonymous = await api.client().graphql(query);
    expect(anonymous.data?.documentUploadPolicy ?? null).toBeNull();
  });

  it("lists per covered reason the documents the rules package asks for, with the source", async () => {
    const query = `{ programs { code jurisdiction rules { documentRequirements { reason documentTypes source { kind citations { title } note } } } } }`;
    const programs = (await claimant.graphql(query)).data.programs as {
      jurisdiction: string;
      rules: {
        documentRequirements: {
          reason: string;
          documentTypes: string[];
          source: { kind: string; citations: unknown[]; note: string | null };
        }[];
      };
    }[];
    expect(programs.length).toBeGreaterThan(0);
    for (const program of programs) {
      const ownHealth = program.rules.documentRequirements.find((r) => r.reason === "OWN_HEALTH");
      if (ownHealth) expect(ownHealth.documentTypes).toEqual(["MEDICAL_CERTIFICATION"]);
      for (const requirement of program.rules.documentRequirements) {
        expect(
          requirement.source.kind === "CITED" ? requirement.source.citations.length : requirement.source.note,
        ).toBeTruthy();
      }
    }
  });
});

// Uploads under concurrency and lies (issue 12, finding 2), on local disk and on S3: two
// uploads through one signed link at once leave exactly one file, whose bytes match the hash
// recorded; a body larger than the declared size is refused while it streams in, and nothing
// of it is kept.
import { createHash } from "node:crypto";
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { TestS3Server } from "./support/test-s3-server.ts";

const REQUEST = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } } ... on Error { code message } } }`;

/** A PDF of exactly `size` bytes whose padding is `fill`, so two of them differ but are both valid. */
function pdf(size: number, fill: string): Buffer {
  const head = Buffer.from("%PDF-1.4\n%");
  return Buffer.concat([head, Buffer.alloc(size - head.length, fill)]);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

const BUCKET = "openleave-upload-races";
let s3: TestS3Server;
beforeAll(async () => {
  s3 = await new TestS3Server(BUCKET).start();
});
afterAll(() => s3?.close());

describe.each([
  { storage: "local disk", env: (): Record<string, string> => ({}) },
  { storage: "S3", env: (): Record<string, string> => s3.env() },
])("uploads on $storage", ({ storage, env }) => {
  let api: TestApi;
  let claimant: ApiClient;
  let claimId: string;

  beforeAll(async () => {
    api = await startTestApi({ env: env() });
    claimant = await api.signedIn(DEMO.claimant);
    const maria = await api.db.person.findFirstOrThrow({ where: { firstName: "María" } });
    claimId = (
      await api.db.claim.findFirstOrThrow({ where: { claimantId: maria.id, status: "PENDING_EMPLOYER_RESPONSE" } })
    ).id;
  });
  afterAll(() => api.close());

  async function uploadLink(sizeBytes: number) {
    const result = await claimant.graphql(REQUEST, {
      input: { claimId, type: "MEDICAL_CERTIFICATION", fileName: "certification.pdf", sizeBytes },
    });
    const payload = (result.data as any).requestDocumentUpload;
    return { url: payload.data.uploadUrl as string, documentId: payload.data.document.id as string };
  }

  const put = (url: string, body: Buffer) =>
    fetch(url, { method: "PUT", body, headers: { "content-type": "application/octet-stream" } });

  it("two uploads through one link at once: one wins, and the stored bytes are exactly the winner's", async () => {
    for (let round = 0; round < 4; round++) {
      const size = 256 * 1024 + round;
      const first = pdf(size, "a");
      const second = pdf(size, "b");
      const link = await uploadLink(size);
      const responses = await Promise.all([put(link.url, first), put(link.url, second)]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const winner = responses[0]!.status === 201 ? first : second;
      const document = await api.db.document.findUniqueOrThrow({ where: { id: link.documentId } });
      const stored = await readAll(await api.app.services.storage.get(document.storageKey));
      expect(sha256(stored)).toBe(document.sha256);
      expect(document.sha256).toBe(sha256(winner));
      expect(stored.length).toBe(size);
    }
  });

  it("refuses a body larger than the declared size while it streams, and keeps nothing", async () => {
    const link = await uploadLink(100);
    const response = await put(link.url, pdf(3 * 1024 * 1024, "c"));
    expect(response.status).toBe(413);
    const document = await api.db.document.findUniqueOrThrow({ where: { id: link.documentId } });
    expect(document.status).toBe("AWAITING_UPLOAD");
    expect(await api.app.services.storage.exists(document.storageKey)).toBe(false);
    // The link still works for the file that was declared.
    expect((await put(link.url, pdf(100, "d"))).status).toBe(201);
  });

  it("refuses a body shorter than the declared size", async () => {
    const link = await uploadLink(5_000);
    const response = await put(link.url, pdf(4_000, "e"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/5,?000 bytes/);
  });

  it("leaves no temporary objects behind", async () => {
    if (storage === "S3") {
      // Every temporary object the API put was deleted again (published or discarded).
      const touched = (method: string) =>
        new Set(s3.requests.filter((r) => r.method === method && r.path.includes("/incoming/")).map((r) => r.path));
      const deleted = touched("DELETE");
      expect([...touched("PUT")].filter((put) => !deleted.has(put))).toEqual([]);
      expect(touched("PUT").size).toBeGreaterThan(0);
    } else {
      const root = (api.config.storage as { directory: string }).directory;
      const incoming = path.join(root, "incoming");
      expect(existsSync(incoming) ? readdirSync(incoming) : []).toEqual([]);
    }
  });
});

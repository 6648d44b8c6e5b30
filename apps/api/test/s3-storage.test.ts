// The S3 storage adapter against a real S3-protocol server (s3rver, which checks SigV4
// signatures) on this machine, and document upload + download end to end on S3 storage.
import { createHash } from "node:crypto";
import { GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";
import { S3Storage, type S3StorageConfig } from "../src/domains/documents/s3-storage.ts";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";
import { S3RVER_CREDENTIALS, TestS3Server } from "./support/test-s3-server.ts";

const BUCKET = "openleave-documents";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

let s3: TestS3Server;
let storage: S3Storage;
/** A plain SDK client, to look at the bucket without going through the adapter. */
let inspector: S3Client;

function adapterConfig(overrides: Partial<S3StorageConfig> = {}): S3StorageConfig {
  return {
    kind: "s3",
    bucket: BUCKET,
    region: "us-east-1",
    endpoint: s3.endpoint,
    ...S3RVER_CREDENTIALS,
    forcePathStyle: true,
    serverSideEncryption: "AES256",
    ...overrides,
  };
}

beforeAll(async () => {
  s3 = await new TestS3Server(BUCKET).start();
  storage = new S3Storage(adapterConfig());
  inspector = new S3Client({
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { ...S3RVER_CREDENTIALS },
  });
});
afterAll(async () => {
  storage?.close();
  inspector?.destroy();
  await s3?.close();
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("S3Storage", () => {
  it("puts, reads back, finds and removes an object", async () => {
    const key = "claims/c-1/doc-1";
    const bytes = Buffer.from("%PDF-1.4 a small medical certification");
    await storage.put(key, bytes, "application/pdf");

    expect(await storage.exists(key)).toBe(true);
    expect((await readAll(await storage.get(key))).equals(bytes)).toBe(true);
    const head = await inspector.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentType).toBe("application/pdf");
    expect(head.ContentLength).toBe(bytes.length);

    await storage.remove(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it("asks the provider for server-side encryption on every write when configured", async () => {
    const before = s3.requests.length;
    await storage.put("claims/c-1/encrypted", Buffer.from("secret"), "application/pdf");
    const plain = new S3Storage(adapterConfig({ serverSideEncryption: undefined }));
    try {
      await plain.put("claims/c-1/unencrypted", Buffer.from("plain"), "application/pdf");
    } finally {
      plain.close();
    }
    const puts = s3.requests.slice(before).filter((request) => request.method === "PUT");
    expect(puts).toEqual([
      { method: "PUT", path: `/${BUCKET}/claims/c-1/encrypted`, serverSideEncryption: "AES256" },
      { method: "PUT", path: `/${BUCKET}/claims/c-1/unencrypted`, serverSideEncryption: undefined },
    ]);
  });

  it("answers a missing object: not there, reading it fails, removing it is harmless", async () => {
    const key = "claims/c-1/never-uploaded";
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toMatchObject({ name: "NoSuchKey" });
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it("does not mistake a refused request for a missing object", async () => {
    await storage.put("claims/c-1/present", Buffer.from("here"), "application/pdf");
    const wrongSecret = new S3Storage(adapterConfig({ secretAccessKey: "not-the-secret" }));
    try {
      await expect(wrongSecret.exists("claims/c-1/present")).rejects.toMatchObject({
        $metadata: { httpStatusCode: 403 },
      });
      await expect(wrongSecret.put("claims/c-1/other", Buffer.from("x"), "application/pdf")).rejects.toMatchObject({
        name: "SignatureDoesNotMatch",
      });
    } finally {
      wrongSecret.close();
    }
  });

  it("refuses keys the API would never generate, before any request", async () => {
    const before = s3.requests.length;
    for (const key of ["../escape", "/absolute", "Claims/Upper", ""]) {
      await expect(storage.put(key, Buffer.from("x"), "application/pdf")).rejects.toThrow(/Invalid storage key/);
    }
    expect(s3.requests.length).toBe(before);
  });
});

describe("S3 configuration", () => {
  it("uses path-style URLs and no encryption header by default for a custom endpoint", () => {
    const config = loadConfig({ NODE_ENV: "test", S3_BUCKET: "b", S3_ENDPOINT: "http://minio.internal:9000" });
    expect(config.storage).toMatchObject({ kind: "s3", bucket: "b", region: "us-east-1", forcePathStyle: true });
    expect(config.storage.kind === "s3" && config.storage.serverSideEncryption).toBeUndefined();
  });

  it("uses virtual-host URLs and SSE-S3 by default on AWS, and can be told otherwise", () => {
    expect(loadConfig({ NODE_ENV: "test", S3_BUCKET: "b" }).storage).toMatchObject({
      forcePathStyle: false,
      serverSideEncryption: "AES256",
    });
    expect(
      loadConfig({
        NODE_ENV: "test",
        S3_BUCKET: "b",
        S3_SERVER_SIDE_ENCRYPTION: "aws:kms",
        S3_FORCE_PATH_STYLE: "true",
      }).storage,
    ).toMatchObject({
      forcePathStyle: true,
      serverSideEncryption: "aws:kms",
    });
    expect(() => loadConfig({ NODE_ENV: "test", S3_BUCKET: "b", S3_SERVER_SIDE_ENCRYPTION: "rot13" })).toThrow(
      ConfigError,
    );
  });
});

describe("documents on S3 storage, end to end", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: s3.env({ S3_SERVER_SIDE_ENCRYPTION: "AES256" }) });
  });
  afterAll(() => api?.close());

  it("uploads through a signed URL into the bucket and downloads it back from there", async () => {
    expect(api.app.services.storage).toBeInstanceOf(S3Storage);
    const claimant = await api.signedIn(DEMO.claimant);
    const maria = await api.db.person.findFirstOrThrow({ where: { firstName: "María" } });
    const claimId = (
      await api.db.claim.findFirstOrThrow({ where: { claimantId: maria.id, status: "PENDING_EMPLOYER_RESPONSE" } })
    ).id;
    const requested = await claimant.graphql(
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } } } }`,
      { input: { claimId, type: "MEDICAL_CERTIFICATION", fileName: "note.pdf", sizeBytes: PDF.length } },
    );
    const { uploadUrl, document } = requested.data.requestDocumentUpload.data;

    const uploaded = await fetch(uploadUrl, {
      method: "PUT",
      body: PDF,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(uploaded.status).toBe(201);
    const stored = await api.db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored).toMatchObject({
      status: "UPLOADED",
      mimeType: "application/pdf",
      sha256: createHash("sha256").update(PDF).digest("hex"),
    });

    // The bytes are in the bucket under the document's key, written with the encryption header.
    const object = await inspector.send(new GetObjectCommand({ Bucket: BUCKET, Key: stored.storageKey }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(PDF)).toBe(true);
    expect(object.ContentType).toBe("application/pdf");
    expect(s3.requests).toContainEqual({
      method: "PUT",
      path: `/${BUCKET}/${stored.storageKey}`,
      serverSideEncryption: "AES256",
    });

    const downloaded = await claimant.fetch(`/files/documents/${document.id}`);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(PDF)).toBe(true);
  });
});

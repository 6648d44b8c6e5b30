// Uploaded files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 ...), for production and
// for several API replicas that must see the same files.
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import type { Config } from "../../config.ts";
import { assertSafeStorageKey, temporaryKey, type FileStorage } from "./storage.ts";

export type S3StorageConfig = Extract<Config["storage"], { kind: "s3" }>;

export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly serverSideEncryption: S3StorageConfig["serverSideEncryption"];

  constructor(config: S3StorageConfig) {
    this.bucket = config.bucket;
    this.serverSideEncryption = config.serverSideEncryption;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      // Without explicit keys the SDK's default chain applies (instance role, web identity, env).
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Newer SDKs add CRC checksums that several S3-compatible servers reject; we keep our own
      // SHA-256 of every document, so only send checksums to servers that require them.
      ...(config.endpoint
        ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" }
        : {}),
      // A stuck connection must fail the request, not hold it open forever.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
  }

  async put(key: string, bytes: Buffer, contentType: string) {
    assertSafeStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
        ServerSideEncryption: this.serverSideEncryption,
      }),
    );
  }

  async receive(body: Readable, size: number) {
    const key = temporaryKey();
    // Read through to the end first (the caller's meter fails the stream past `size`, so this
    // holds at most the declared size): the SDK cannot abandon a streamed body that fails midway.
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks, size);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.length,
        ServerSideEncryption: this.serverSideEncryption,
      }),
    );
    return key;
  }

  async publish(temporaryKey: string, key: string, contentType: string) {
    assertSafeStorageKey(temporaryKey);
    assertSafeStorageKey(key);
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: key,
        CopySource: `${this.bucket}/${temporaryKey}`,
        ContentType: contentType,
        MetadataDirective: "REPLACE",
        ServerSideEncryption: this.serverSideEncryption,
      }),
    );
    await this.discard(temporaryKey);
  }

  async discard(temporaryKey: string) {
    await this.remove(temporaryKey);
  }

  async get(key: string): Promise<Readable> {
    assertSafeStorageKey(key);
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    // In Node the SDK's body is an IncomingMessage, which is a Readable.
    if (!(object.Body instanceof Readable)) throw new Error("The storage service returned no readable body");
    return object.Body;
  }

  async exists(key: string) {
    assertSafeStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      // Only "not there" means false: a denied or failing request must not look like a missing file.
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async remove(key: string) {
    assertSafeStorageKey(key);
    // S3 answers 204 for a key that is not there, so removal is idempotent like on local disk.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the SDK's keep-alive sockets (on shutdown, and in tests). */
  close() {
    this.client.destroy();
  }
}

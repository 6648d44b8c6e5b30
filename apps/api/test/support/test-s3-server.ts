// A real S3-protocol server for tests: s3rver (checks SigV4 signatures, stores objects on disk
// in a temporary folder) behind an HTTP server on an ephemeral port that also records what each
// request asked for, so tests can see the headers the adapter sends.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";

/** s3rver's one built-in account. */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export interface RecordedS3Request {
  method: string;
  path: string;
  serverSideEncryption: string | undefined;
}

export class TestS3Server {
  endpoint = "";
  readonly requests: RecordedS3Request[] = [];
  private readonly directory = mkdtempSync(path.join(tmpdir(), "openleave-s3-"));
  private readonly s3rver: S3rver;
  private server: Server | undefined;

  constructor(readonly bucket: string) {
    this.s3rver = new S3rver({ silent: true, directory: this.directory, configureBuckets: [{ name: bucket }] });
  }

  async start(): Promise<this> {
    await this.s3rver.configureBuckets();
    const handle = this.s3rver.callback();
    this.server = createServer((req, res) => {
      const header = req.headers["x-amz-server-side-encryption"];
      this.requests.push({
        method: req.method ?? "",
        path: new URL(req.url ?? "/", "http://s3.test").pathname,
        serverSideEncryption: Array.isArray(header) ? header[0] : header,
      });
      handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Environment for an API that stores its files here. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      S3_BUCKET: this.bucket,
      S3_ENDPOINT: this.endpoint,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      ...extra,
    };
  }

  async close() {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.s3rver.logger.close();
    rmSync(this.directory, { recursive: true, force: true });
  }
}

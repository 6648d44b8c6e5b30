// The parts of @20minutes/s3rver (a fork of s3rver, which ships no types) that the tests use.
declare module "@20minutes/s3rver" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface S3rverOptions {
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string; configs?: string[] }[];
  }

  export default class S3rver {
    constructor(options?: S3rverOptions);
    configureBuckets(): Promise<void>;
    /** The request handler (S3rver is a Koa application). */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    reset(): void;
    logger: { close(): void };
  }
}

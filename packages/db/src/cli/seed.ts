// `pnpm db:seed`: seeds the demo world into the configured database (once).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPiiCipher, piiKeysFromEnvironment } from "@openleave/crypto";
import { connectDatabase } from "../client.ts";
import { dataDirectory } from "../paths.ts";
import { seedDemoData } from "../seed/seed.ts";

// Demo documents go where the API's local file storage reads them (UPLOAD_DIR, as apps/api's
// config); with S3 configured the seed leaves them out rather than guess at a bucket.
const uploads = process.env.S3_BUCKET ? null : (process.env.UPLOAD_DIR ?? path.join(dataDirectory(), "uploads"));
const storeFile = uploads
  ? async (key: string, bytes: Buffer) => {
      const target = path.join(uploads, key);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes, { mode: 0o600 });
    }
  : undefined;

const handle = await connectDatabase();
try {
  const summary = await seedDemoData(handle.db, {
    pii: createPiiCipher(piiKeysFromEnvironment({ developmentKeysFile: path.join(dataDirectory(), "dev-keys.json") })),
    storeFile,
  });
  console.log(
    summary.seeded
      ? `Seeded demo data: ${summary.programs} programs, ${summary.claims} claims.`
      : `Database already has data (${summary.claims} claims); seed skipped.`,
  );
} finally {
  await handle.close();
}

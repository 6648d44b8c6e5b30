// `pnpm db:seed`: seeds the demo world into the configured database (once).
import path from "node:path";
import { createPiiCipher, piiKeysFromEnvironment } from "@openleave/crypto";
import { connectDatabase } from "../client.ts";
import { dataDirectory } from "../paths.ts";
import { seedDemoData } from "../seed/seed.ts";

const handle = await connectDatabase();
try {
  const summary = await seedDemoData(handle.db, {
    pii: createPiiCipher(piiKeysFromEnvironment({ developmentKeysFile: path.join(dataDirectory(), "dev-keys.json") })),
  });
  console.log(
    summary.seeded
      ? `Seeded demo data: ${summary.programs} programs, ${summary.claims} claims.`
      : `Database already has data (${summary.claims} claims); seed skipped.`,
  );
} finally {
  await handle.close();
}

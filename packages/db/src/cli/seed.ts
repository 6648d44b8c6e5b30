// `pnpm db:seed`: seeds the demo world into the configured database (once).
import { connectDatabase } from "../client.ts";
import { createPiiCipher, piiKeysFromEnvironment } from "../pii.ts";
import { seedDemoData } from "../seed/seed.ts";

const handle = await connectDatabase();
try {
  const summary = await seedDemoData(handle.db, { pii: createPiiCipher(piiKeysFromEnvironment()) });
  console.log(
    summary.seeded
      ? `Seeded demo data: ${summary.programs} programs, ${summary.claims} claims.`
      : `Database already has data (${summary.claims} claims); seed skipped.`,
  );
} finally {
  await handle.close();
}

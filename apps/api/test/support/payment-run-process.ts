// A payment run in a process of its own, for the test that kills one part-way
// (payment-run-crash.test.ts): connects to PAYMENT_RUN_DATABASE_URL, opens account numbers with
// the keys it is given, and executes PAYMENT_RUN_ID.
import { connectDatabase } from "@openleave/db";
import { createPiiCipher } from "@openleave/crypto";
import { executePaymentRun } from "../../src/domains/payments/payment-run.ts";

const env = process.env;
const handle = await connectDatabase({ kind: "postgres", url: env.PAYMENT_RUN_DATABASE_URL! }, { poolSize: 2 });
const pii = createPiiCipher({
  encryptionKey: Buffer.from(env.PAYMENT_RUN_ENCRYPTION_KEY!, "hex"),
  hashKey: Buffer.from(env.PAYMENT_RUN_HASH_KEY!, "hex"),
});
await executePaymentRun(handle.db, pii, env.PAYMENT_RUN_ID!);
await handle.close();

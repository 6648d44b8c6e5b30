import type { Database } from "./client.ts";
import type { Prisma } from "./generated/prisma/client.ts";

/** A human-facing claim number such as "WA-PFML-2026-001042", unique through a sequence. */
export async function nextClaimNumber(
  tx: Prisma.TransactionClient | Database,
  program: { jurisdiction: string; code: string },
  year: string,
) {
  const rows = await tx.$queryRawUnsafe<{ n: bigint }[]>("SELECT nextval('claim_number_seq') AS n");
  const serial = String(rows[0]!.n).padStart(6, "0");
  return `${program.jurisdiction}-${program.code}-${year}-${serial}`;
}

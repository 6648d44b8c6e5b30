// The database side of a wage report import, in set-based statements: a report of tens of
// thousands of rows costs a few round trips per chunk, not several per row. The statements are
// plain SQL over arrays (unnest / ANY) because that is what PostgreSQL does fastest; built
// through the ORM, a 5,000-value IN list costs more to compile than to run.
import type { Prisma } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import type { WageRow } from "./wage-report-rows.ts";

/** Rows per statement: large enough to amortise round trips, small enough to bound memory. */
const CHUNK = 10_000;

export interface HashedWageRow extends WageRow {
  ssnHash: string;
}

export interface WageWriteSummary {
  created: number;
  amended: number;
  unchanged: number;
  newPeople: number;
  /** Reports whose figures this one replaced (for the amendment's audit trail). */
  replacedReportIds: string[];
}

interface Period {
  employerId: string;
  year: number;
  quarter: number;
}

export interface WageRecordWrite {
  personId: string;
  wages: string;
  hours: string | null;
}

/** Matches or creates each row's person, and says what the import will do to each row. */
export async function planWageWrite(
  tx: Prisma.TransactionClient,
  pii: PiiCipher,
  rows: HashedWageRow[],
  period: Period,
) {
  const personIdByHash = await findPeople(
    tx,
    rows.map((row) => row.ssnHash),
  );
  const unknown = rows.filter((row) => !personIdByHash.has(row.ssnHash));
  const created = await createPeople(tx, pii, unknown);
  for (const [hash, id] of created.ids) personIdByHash.set(hash, id);

  // numeric(12,2)::text is always "digits.dd", the same normal form the row check produces,
  // so amounts compare exactly as strings.
  const current = await tx.$queryRaw<
    { personId: string; wages: string; hours: string | null; reportId: string | null }[]
  >`
    SELECT "personId"::text AS "personId", "wages"::text AS "wages", "hours"::text AS "hours", "reportId"::text AS "reportId"
    FROM "WageRecord" WHERE "employerId" = ${period.employerId}::uuid AND "year" = ${period.year}::int AND "quarter" = ${period.quarter}::int`;
  const existing = new Map(current.map((record) => [record.personId, record]));

  const summary: WageWriteSummary = {
    created: 0,
    amended: 0,
    unchanged: 0,
    newPeople: created.inserted,
    replacedReportIds: [],
  };
  const replaced = new Set<string>();
  const records: WageRecordWrite[] = rows.map((row) => {
    const personId = personIdByHash.get(row.ssnHash)!;
    const before = existing.get(personId);
    if (!before) summary.created += 1;
    else if (before.wages === row.wages && before.hours === row.hours) summary.unchanged += 1;
    else {
      summary.amended += 1;
      if (before.reportId) replaced.add(before.reportId);
    }
    return { personId, wages: row.wages, hours: row.hours };
  });
  summary.replacedReportIds = [...replaced].sort();
  return { records, summary };
}

/**
 * Inserts or replaces the quarter's wage records. ON CONFLICT on the (person, employer, year,
 * quarter) key makes an amendment a replace, never a duplicate.
 */
export async function upsertWageRecords(
  tx: Prisma.TransactionClient,
  records: WageRecordWrite[],
  period: Period & { reportId: string; now: Date },
) {
  for (const chunk of chunks(records)) {
    await tx.$executeRaw`
      INSERT INTO "WageRecord" ("id", "personId", "employerId", "year", "quarter", "wages", "hours", "reportId", "updatedAt")
      SELECT gen_random_uuid(), v.person_id, ${period.employerId}::uuid, ${period.year}::int, ${period.quarter}::int, v.wages, v.hours, ${period.reportId}::uuid, ${period.now}::timestamptz
      FROM unnest(${chunk.map((r) => r.personId)}::uuid[], ${chunk.map((r) => r.wages)}::numeric[], ${chunk.map((r) => r.hours)}::numeric[]) AS v(person_id, wages, hours)
      ON CONFLICT ("personId", "employerId", "year", "quarter") DO UPDATE
      SET "wages" = EXCLUDED."wages", "hours" = EXCLUDED."hours", "reportId" = EXCLUDED."reportId", "updatedAt" = EXCLUDED."updatedAt"`;
  }
}

async function findPeople(tx: Prisma.TransactionClient, hashes: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of chunks(hashes)) {
    const people = await tx.$queryRaw<{ id: string; ssnHash: string }[]>`
      SELECT "id"::text AS "id", "ssnHash" FROM "Person" WHERE "ssnHash" = ANY(${chunk}::text[])`;
    for (const person of people) found.set(person.ssnHash, person.id);
  }
  return found;
}

/**
 * People the program has never seen get a record with the SSN sealed and hashed. Another
 * employer's import may create the same person at the same moment: ON CONFLICT lets theirs
 * stand, and the few rows that returned nothing are looked up instead.
 */
async function createPeople(tx: Prisma.TransactionClient, pii: PiiCipher, rows: HashedWageRow[]) {
  const created = new Map<string, string>();
  for (const chunk of chunks(rows)) {
    const inserted = await tx.$queryRaw<{ id: string; ssnHash: string }[]>`
      INSERT INTO "Person" ("id", "firstName", "lastName", "ssnEncrypted", "ssnHash", "ssnLast4", "updatedAt")
      SELECT gen_random_uuid(), v.first_name, v.last_name, v.ssn_encrypted, v.ssn_hash, v.ssn_last4, now()
      FROM unnest(${chunk.map((r) => r.firstName)}::text[], ${chunk.map((r) => r.lastName)}::text[], ${chunk.map((r) => pii.seal(r.ssn))}::text[],
                  ${chunk.map((r) => r.ssnHash)}::text[], ${chunk.map((r) => r.ssn.slice(5))}::text[]) AS v(first_name, last_name, ssn_encrypted, ssn_hash, ssn_last4)
      ON CONFLICT ("ssnHash") DO NOTHING
      RETURNING "id"::text AS "id", "ssnHash"`;
    for (const person of inserted) created.set(person.ssnHash, person.id);
  }
  const inserted = created.size;
  const raced = rows.filter((row) => !created.has(row.ssnHash)).map((row) => row.ssnHash);
  if (raced.length > 0) for (const [hash, id] of await findPeople(tx, raced)) created.set(hash, id);
  return { ids: created, inserted };
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

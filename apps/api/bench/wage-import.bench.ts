// Wage report import benchmark (part of `pnpm bench`): a 50,000-row quarterly wage report
// (BENCH_WAGE_ROWS) filed through the API over HTTP — parse, check every row, hash and seal
// every SSN, create the people, write the wage records, audit, one transaction — first as a
// report of people the program has never seen, then as an amendment of every row. Beside it, in
// the same run on the same database: a raw PostgreSQL COPY of the same rows (the same Person and
// WageRecord rows, sealed and hashed beforehand) into tables of the same shape and indexes.
//
// Database: PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL points at a server (a scratch
// database is created and dropped), else in-memory PGlite.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { median, runBenchmark } from "@openleave/bench";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "../test/support/test-api.ts";
import { csvOf, importReport, testSsn, type WageLine } from "../test/support/wage-reports.ts";

const ROWS = Number(process.env.BENCH_WAGE_ROWS ?? 50_000);
const COPY_ROUNDS = 3;
/** The import does far more than COPY (checks, hashing, sealing, matching people, audit). */
const MAX_RATIO = 5;
// A quarter long over, which the demo data leaves empty.
const PERIOD = { year: 2024, quarter: 1 };

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

await runBenchmark(
  { id: "wage-import", title: `Wage report import, ${ROWS.toLocaleString("en-US")} rows` },
  async (report) => {
    let api: TestApi | undefined;
    try {
      api = await startTestApi();
      const database = api.database.url ? "PostgreSQL" : "embedded PGlite";
      report.context({ database, rows: ROWS, copyRounds: COPY_ROUNDS, transport: "HTTP, in-process API" });
      const hr = await api.signedIn(DEMO.leaveAdmin);
      const employer = await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } });
      const lines = workforce((i) => `${1000 + (i % 9000)}.25`);
      const csv = csvOf(lines);
      report.context({ csvBytes: Buffer.byteLength(csv) });

      // The baseline first, on tables of its own, so the import below starts from the same state.
      const copy = await copyBaseline(api, lines, employer.id);
      const copySeconds = median(copy);
      report.log(`COPY of ${ROWS} people and ${ROWS} wage records: ${copy.map((s) => s.toFixed(2)).join(", ")} s`);

      const created = await timedImport(hr, employer.id, csv, ROWS);
      report.log(`import of ${ROWS} new people: ${created.toFixed(2)} s`);
      const amended = await timedImport(hr, employer.id, csvOf(workforce((i) => `${2000 + (i % 9000)}.50`)), ROWS);
      report.log(`amendment of ${ROWS} rows: ${amended.toFixed(2)} s`);
      const records = await api.db.wageRecord.count({ where: { employerId: employer.id, ...PERIOD } });
      if (records < ROWS) throw new Error(`expected ${ROWS} wage records on file, found ${records}`);

      const baseline = { label: "raw COPY of the same rows", value: ROWS / copySeconds };
      report.figure({
        key: "wage-import.new.rowsPerSecond",
        label: "import, every worker new: rows per second",
        unit: "rows/s",
        value: ROWS / created,
        better: "higher",
        baseline,
        target: { maxRatio: MAX_RATIO },
      });
      report.figure({
        key: "wage-import.amend.rowsPerSecond",
        label: "amendment of every row: rows per second",
        unit: "rows/s",
        value: ROWS / amended,
        better: "higher",
        baseline,
        target: { maxRatio: MAX_RATIO },
      });
      report.note(
        "The import is timed from the HTTP request to its answer: CSV parse, row checks, SSN hashing and sealing, " +
          "people matched or created, wage records upserted, audit events, in one transaction. The COPY baseline loads " +
          "the same Person and WageRecord rows, already sealed and hashed, into copies of the two tables with the same " +
          `indexes (median of ${COPY_ROUNDS} rounds), and checks nothing.`,
      );
    } finally {
      await api?.close();
    }
  },
);

function workforce(wagesFor: (i: number) => string): WageLine[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    ssn: testSsn(100_000 + i),
    first: `Worker${i}`,
    last: "Bench",
    wages: wagesFor(i),
    hours: "480",
  }));
}

async function timedImport(hr: ApiClient, employerId: string, csv: string, rows: number): Promise<number> {
  const started = performance.now();
  const { result, payload } = await importReport(hr, { employerId, ...PERIOD, fileName: "bench.csv", csv });
  const seconds = (performance.now() - started) / 1000;
  const data = payload?.data;
  if (!data || data.status !== "ACCEPTED" || data.acceptedCount !== rows)
    throw new Error(`the import did not accept every row: ${JSON.stringify(result).slice(0, 500)}`);
  return seconds;
}

/** COPY of the rows the import writes, into LIKE-copies of Person and WageRecord; seconds per round. */
async function copyBaseline(api: TestApi, lines: WageLine[], employerId: string): Promise<number[]> {
  const now = new Date().toISOString();
  const people = lines.map((line) => {
    const digits = line.ssn.replaceAll("-", "");
    return {
      id: randomUUID(),
      line,
      sealed: api.pii.seal(digits),
      hash: api.pii.lookupHash(digits),
      last4: digits.slice(5),
    };
  });
  const personText = people
    .map((p) => [p.id, p.line.first, p.line.last, p.sealed, p.hash, p.last4, now, now].join("\t"))
    .join("\n");
  const recordText = people
    .map((p) =>
      [randomUUID(), p.id, employerId, PERIOD.year, PERIOD.quarter, p.line.wages, p.line.hours, now, now].join("\t"),
    )
    .join("\n");
  const setup = [
    `DROP TABLE IF EXISTS bench_copy_wage_record`,
    `DROP TABLE IF EXISTS bench_copy_person`,
    `CREATE TABLE bench_copy_person (LIKE "Person" INCLUDING ALL)`,
    `CREATE TABLE bench_copy_wage_record (LIKE "WageRecord" INCLUDING ALL)`,
  ];
  const copyPerson = `COPY bench_copy_person ("id", "firstName", "lastName", "ssnEncrypted", "ssnHash", "ssnLast4", "createdAt", "updatedAt") FROM STDIN`;
  const copyRecord = `COPY bench_copy_wage_record ("id", "personId", "employerId", "year", "quarter", "wages", "hours", "createdAt", "updatedAt") FROM STDIN`;
  const rounds: number[] = [];

  if (api.database.ownerUrl) {
    // As the owner: the API's role may not create tables.
    const client = new pg.Client({ connectionString: api.database.ownerUrl });
    await client.connect();
    try {
      for (let round = 0; round < COPY_ROUNDS; round++) {
        for (const sql of setup) await client.query(sql);
        const started = performance.now();
        await client.query("BEGIN");
        await pipeline(Readable.from([personText]), client.query(copyFrom(copyPerson)));
        await pipeline(Readable.from([recordText]), client.query(copyFrom(copyRecord)));
        await client.query("COMMIT");
        rounds.push((performance.now() - started) / 1000);
      }
      for (const sql of setup.slice(0, 2)) await client.query(sql);
    } finally {
      await client.end();
    }
    return rounds;
  }

  const pglite = api.database.pglite!;
  for (let round = 0; round < COPY_ROUNDS; round++) {
    for (const sql of setup) await pglite.exec(sql);
    const started = performance.now();
    await pglite.transaction(async (tx) => {
      await tx.query(copyPerson.replace("STDIN", "'/dev/blob'"), [], { blob: new Blob([personText]) });
      await tx.query(copyRecord.replace("STDIN", "'/dev/blob'"), [], { blob: new Blob([recordText]) });
    });
    rounds.push((performance.now() - started) / 1000);
  }
  for (const sql of setup.slice(0, 2)) await pglite.exec(sql);
  return rounds;
}

// Reads a NACHA file with an independent implementation — the record layouts and control
// arithmetic of the @ach/ach package, which shares no code with our writer — and checks what
// a receiving bank would: 94-character records, blocks of ten, and batch and file controls
// (counts, entry hash, debit and credit totals) equal to what the package recomputes from
// the entries it parsed.
import { createRequire } from "node:module";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
interface ParsedEntry {
  transactionCode: string;
  receivingDFIIdentification: number | string;
  checkDigit: number | string;
  dfiAccount: string;
  amount: number;
  identificationNumber: string;
  receivingCompanyName: string;
  traceNumber: string;
}
interface ParsedFooter {
  entryAndAddendaCount: number;
  entryHash: number;
  totalDebit: number;
  totalCredit: number;
  batchCount?: number;
  blockCount?: number;
}
interface ParsedAch {
  file: { recordSize: string; blockingFactor: string; footer: ParsedFooter };
  batches: { entryClassCode: string; serviceClassCode: string; entries: ParsedEntry[]; footer: ParsedFooter }[];
}
const lineParsers = require("@ach/ach/lib/transforms/line-parsers.js") as Record<
  string,
  (line: string, ach: object) => void
>;
const calculate = require("@ach/ach/lib/api/calculate.js") as (options: { ach: ParsedAch }) => {
  footer: ParsedFooter & { lineCount: number };
  batchFooters: ParsedFooter[];
};

export function checkNachaFile(file: string) {
  expect(file.endsWith("\n")).toBe(true);
  const lines = file.slice(0, -1).split("\n");
  for (const line of lines) expect(line).toMatch(/^[\x20-\x7e]{94}$/);
  expect(lines.length % 10).toBe(0);
  const ach = {} as ParsedAch;
  for (const line of lines) {
    if (line.startsWith("99")) continue; // block padding
    lineParsers[line[0]!]!(line, ach);
  }
  expect(ach.file.recordSize).toBe("094");
  expect(ach.file.blockingFactor).toBe("10");
  const recomputed = calculate({ ach });
  ach.batches.forEach((batch, index) => {
    expect(batch.entryClassCode).toBe("PPD");
    const expected = recomputed.batchFooters[index]!;
    expect(batch.footer.entryAndAddendaCount).toBe(expected.entryAndAddendaCount);
    expect(batch.footer.entryHash).toBe(expected.entryHash);
    expect(batch.footer.totalDebit).toBe(expected.totalDebit);
    expect(batch.footer.totalCredit).toBe(expected.totalCredit);
    for (const entry of batch.entries) {
      // Credits only (22 checking, 32 savings) and a routing number whose check digit holds.
      expect(["22", "32"]).toContain(entry.transactionCode);
      expect(
        abaCheckDigitHolds(String(entry.receivingDFIIdentification).padStart(8, "0") + String(entry.checkDigit)),
      ).toBe(true);
    }
  });
  const footer = ach.file.footer;
  expect(footer.batchCount).toBe(recomputed.footer.batchCount);
  expect(footer.entryAndAddendaCount).toBe(recomputed.footer.entryAndAddendaCount);
  expect(footer.entryHash).toBe(recomputed.footer.entryHash);
  expect(footer.totalDebit).toBe(recomputed.footer.totalDebit);
  expect(footer.totalCredit).toBe(recomputed.footer.totalCredit);
  expect(footer.blockCount).toBe(lines.length / 10);
  expect(recomputed.footer.blockCount).toBe(lines.length / 10);
  const entries = ach.batches.flatMap((batch) => batch.entries);
  return { lines, entries, totalCreditCents: footer.totalCredit, entryHash: footer.entryHash };
}

function abaCheckDigitHolds(routing: string) {
  const d = [...routing].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
}

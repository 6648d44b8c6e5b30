// The quarterly wage report file format, and the row-by-row check of a file against it.
//
// Format (CSV, UTF-8, first row is the header; column names are case-insensitive, in any order):
//   ssn         required  SSN or ITIN, 9 digits, with or without dashes (123-45-6789 or 123456789)
//   first_name  required  at most 100 characters
//   last_name   required  at most 100 characters
//   wages       required  gross wages paid in the quarter: dollars with at most 2 decimal places,
//                         no "$" or thousands separators, 0 up to 9,999,999.99
//   hours       optional  hours worked in the quarter, at most 2 decimal places, 0 up to 2,208
//                         (24 hours a day for the longest quarter); an empty cell means "not reported"
// Blank lines are ignored. Each person may appear once per file.
// A report replaces, person by person, what earlier reports said for the same quarter; people
// it does not list keep their earlier figures (so a large employer may split a quarter over
// several files). To correct a person reported in error, report them again with wages 0.
//
// A rejection names the row (as a spreadsheet numbers it: the header is row 1), the column, a
// stable code and a message. It never contains the SSN.
import { normalizeTaxId } from "@openleave/crypto";
import type { CsvRecord } from "./parse-csv.ts";

export const REQUIRED_COLUMNS = ["ssn", "first_name", "last_name", "wages"] as const;
export const OPTIONAL_COLUMNS = ["hours"] as const;
const KNOWN_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** The most rows one file may hold; a larger employer splits its report into several files. */
export const MAX_DATA_ROWS = 100_000;
/** Wages at or above this in one quarter are almost certainly a typo (cents keyed as dollars). */
const MAX_QUARTER_WAGES = "9999999.99";
/** 24 hours × 92 days: more hours than any quarter has. */
const MAX_QUARTER_HOURS = "2208.00";
const MAX_NAME_LENGTH = 100;

export type RejectionCode =
  | "REQUIRED"
  | "INVALID_SSN"
  | "INVALID_AMOUNT"
  | "NEGATIVE_AMOUNT"
  | "TOO_MANY_DECIMALS"
  | "OUT_OF_RANGE"
  | "TOO_LONG"
  | "WRONG_COLUMN_COUNT"
  | "DUPLICATE_SSN";

export interface RowRejection {
  row: number;
  field: string;
  code: RejectionCode;
  message: string;
}

export interface WageRow {
  row: number;
  /** Nine digits; stays in memory only until it is hashed and sealed. */
  ssn: string;
  firstName: string;
  lastName: string;
  /** Decimal string with two places, e.g. "1234.50". */
  wages: string;
  hours: string | null;
}

export interface CheckedReport {
  /** Data rows in the file (blank lines not counted). */
  rowCount: number;
  accepted: WageRow[];
  rejectedRowCount: number;
  /** Every problem found, in row order. */
  rejections: RowRejection[];
}

export type HeaderCheck = { ok: true; columns: Map<string, number> } | { ok: false; message: string };

export function checkHeader(header: string[]): HeaderCheck {
  const names = header.map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !KNOWN_COLUMNS.includes(name));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `The first row must name the columns. Unknown column(s): ${unknown.map((n) => `"${n.slice(0, 40)}"`).join(", ")}. Use ${KNOWN_COLUMNS.join(", ")}.`,
    };
  }
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length > 0) return { ok: false, message: `The column "${repeated[0]}" appears more than once.` };
  const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
  if (missing.length > 0)
    return { ok: false, message: `The first row must name the columns. Missing: ${missing.join(", ")}.` };
  return { ok: true, columns: new Map(names.map((name, i) => [name, i])) };
}

/** Checks every data row; rows that pass are returned for import, the others with reasons. */
export function checkRows(records: CsvRecord[], columns: Map<string, number>): CheckedReport {
  const rejections: RowRejection[] = [];
  const candidates: WageRow[] = [];
  let rowCount = 0;
  const rejectedRows = new Set<number>();
  const reject = (rejection: RowRejection) => {
    rejections.push(rejection);
    rejectedRows.add(rejection.row);
  };

  for (const record of records) {
    if (record.fields.length === 1 && record.fields[0]!.trim() === "") continue; // blank line
    rowCount += 1;
    if (record.fields.length !== columns.size) {
      reject({
        row: record.row,
        field: "row",
        code: "WRONG_COLUMN_COUNT",
        message: `Expected ${columns.size} values, found ${record.fields.length}.`,
      });
      continue;
    }
    const value = (name: string) => {
      const index = columns.get(name);
      return index === undefined ? "" : record.fields[index]!.trim();
    };
    const issues: RowRejection[] = [];
    const ssn = checkSsn(record.row, value("ssn"), issues);
    const firstName = checkName(record.row, "first_name", value("first_name"), issues);
    const lastName = checkName(record.row, "last_name", value("last_name"), issues);
    const wages = checkAmount(
      record.row,
      "wages",
      value("wages"),
      { required: true, max: MAX_QUARTER_WAGES, maxIntegerDigits: 7 },
      issues,
    );
    const hours = checkAmount(
      record.row,
      "hours",
      value("hours"),
      { required: false, max: MAX_QUARTER_HOURS, maxIntegerDigits: 4 },
      issues,
    );
    if (issues.length > 0) {
      issues.forEach(reject);
      continue;
    }
    candidates.push({ row: record.row, ssn: ssn!, firstName: firstName!, lastName: lastName!, wages: wages!, hours });
  }

  // A person reported twice in one file is ambiguous: neither row is taken.
  const rowsBySsn = new Map<string, number[]>();
  for (const candidate of candidates)
    rowsBySsn.set(candidate.ssn, [...(rowsBySsn.get(candidate.ssn) ?? []), candidate.row]);
  const accepted: WageRow[] = [];
  for (const candidate of candidates) {
    const rows = rowsBySsn.get(candidate.ssn)!;
    if (rows.length === 1) {
      accepted.push(candidate);
      continue;
    }
    const others = rows.filter((row) => row !== candidate.row);
    reject({
      row: candidate.row,
      field: "ssn",
      code: "DUPLICATE_SSN",
      message: `The same SSN is also on row${others.length > 1 ? "s" : ""} ${listRows(others)}. Report each person once per quarter.`,
    });
  }
  rejections.sort((a, b) => a.row - b.row);
  return { rowCount, accepted, rejectedRowCount: rejectedRows.size, rejections };
}

function checkSsn(row: number, raw: string, issues: RowRejection[]): string | undefined {
  if (raw === "") {
    issues.push({ row, field: "ssn", code: "REQUIRED", message: "Enter the employee's SSN or ITIN." });
    return undefined;
  }
  const tin = normalizeTaxId(raw);
  // normalizeTaxId's messages describe the rule, never the number itself.
  if (!tin.ok) {
    issues.push({ row, field: "ssn", code: "INVALID_SSN", message: tin.message });
    return undefined;
  }
  return tin.digits;
}

function checkName(row: number, field: string, raw: string, issues: RowRejection[]): string | undefined {
  const label = field === "first_name" ? "first name" : "last name";
  if (raw === "") {
    issues.push({ row, field, code: "REQUIRED", message: `Enter the employee's ${label}.` });
    return undefined;
  }
  if (raw.length > MAX_NAME_LENGTH) {
    issues.push({
      row,
      field,
      code: "TOO_LONG",
      message: `The ${label} can be at most ${MAX_NAME_LENGTH} characters.`,
    });
    return undefined;
  }
  return raw;
}

const AMOUNT = /^(\d+)(?:\.(\d+))?$/;

function checkAmount(
  row: number,
  field: string,
  raw: string,
  rule: { required: boolean; max: string; maxIntegerDigits: number },
  issues: RowRejection[],
): string | null {
  if (raw === "") {
    if (rule.required)
      issues.push({ row, field, code: "REQUIRED", message: `Enter the ${field} for the quarter (0 if none).` });
    return null;
  }
  if (/^-\s*\d/.test(raw)) {
    issues.push({
      row,
      field,
      code: "NEGATIVE_AMOUNT",
      message: `The ${field} cannot be negative. Report a correction as an amended report with the right total.`,
    });
    return null;
  }
  const match = AMOUNT.exec(raw);
  if (!match) {
    issues.push({
      row,
      field,
      code: "INVALID_AMOUNT",
      message: `Enter the ${field} as a plain number such as 1234.50 (no "$" or commas).`,
    });
    return null;
  }
  const [, whole, fraction = ""] = match;
  if (fraction.length > 2) {
    issues.push({ row, field, code: "TOO_MANY_DECIMALS", message: `Use at most 2 decimal places for the ${field}.` });
    return null;
  }
  const integer = whole!.replace(/^0+(?=\d)/, "");
  const normalized = `${integer}.${fraction.padEnd(2, "0")}`;
  if (integer.length > rule.maxIntegerDigits || compareDecimal(normalized, rule.max) > 0) {
    issues.push({
      row,
      field,
      code: "OUT_OF_RANGE",
      message: `The ${field} must be at most ${Number(rule.max).toLocaleString("en-US")}.`,
    });
    return null;
  }
  return normalized;
}

/** Compares two non-negative decimals with exactly two places, as strings (never floats). */
function compareDecimal(a: string, b: string): number {
  const [aw, af] = a.split(".") as [string, string];
  const [bw, bf] = b.split(".") as [string, string];
  if (aw.length !== bw.length) return aw.length - bw.length;
  return aw === bw ? af.localeCompare(bf) : aw.localeCompare(bw);
}

function listRows(rows: number[]): string {
  const shown = rows.slice(0, 5).join(", ");
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

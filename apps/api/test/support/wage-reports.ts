// Helpers for wage report tests: the import mutation, quarters relative to today, and CSV text.
import { lastCompletedQuarters } from "@openleave/db";
import type { ApiClient } from "./test-api.ts";
import { todayInPacific } from "./dates.ts";

export const IMPORT = `mutation($input: ImportWageReportInput!) {
  importWageReport(input: $input) {
    __typename
    ... on MutationImportWageReportSuccess { data { id status year quarter fileName sha256 rowCount acceptedCount rejectedCount rejectionsTruncated rejections { row field code message } submittedBy { name } } }
    ... on InvalidInputError { code message issues { path message } }
    ... on Error { code message }
  }
}`;

export interface WageLine {
  ssn: string;
  first: string;
  last: string;
  wages: string;
  hours?: string;
}

export function csvOf(lines: WageLine[], header = "ssn,first_name,last_name,wages,hours"): string {
  return (
    [header, ...lines.map((l) => [l.ssn, l.first, l.last, l.wages, l.hours ?? ""].join(","))].join("\r\n") + "\r\n"
  );
}

/** The last `count` quarters that are over in WA, oldest first. */
export function completedQuarters(count: number) {
  return lastCompletedQuarters(todayInPacific(), count);
}

export function currentQuarter() {
  const today = todayInPacific();
  return { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };
}

/** A valid-looking, never-issued test number (9xx-7x range, like the demo data). */
export function testSsn(i: number): string {
  const group = 71 + Math.floor(i / 9999);
  const serial = (i % 9999) + 1;
  return `900-${group}-${String(serial).padStart(4, "0")}`;
}

export async function importReport(
  client: ApiClient,
  input: { employerId: string; year: number; quarter: number; fileName?: string; csv: string },
) {
  const result = await client.graphql(IMPORT, { input: { fileName: "report.csv", ...input } });
  return { result, payload: result.data?.importWageReport };
}

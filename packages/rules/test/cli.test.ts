/**
 * The evaluate command as a real process: `node --import tsx src/cli/evaluate.ts`, fed several
 * lines on stdin (good, bad, blank, not JSON), must answer exactly one JSON line per input line,
 * in order, and exit 0.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

function run(input: string): { lines: string[]; status: number | null; stderr: string } {
  const child = spawnSync(process.execPath, ["--import", "tsx", "src/cli/evaluate.ts"], {
    cwd: PACKAGE_DIR,
    input,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const stdout = child.stdout;
  return {
    lines: stdout.length === 0 ? [] : stdout.replace(/\n$/, "").split("\n"),
    status: child.status,
    stderr: child.stderr,
  };
}

const good = (id: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    jurisdiction: "WA",
    program: "PFML",
    leaveReason: "BONDING",
    applicationDate: "2024-07-15",
    leaveStartDate: "2024-07-21",
    averageWeeklyWage: "1000.00",
    ...extra,
  });

describe("rules:evaluate command", () => {
  it("answers one line per input line, in order, and keeps going past bad lines", () => {
    const input = [
      good(1),
      "{not json",
      "",
      "   ",
      JSON.stringify({ id: 5, jurisdiction: "XX", program: "PFML" }),
      JSON.stringify({ id: 6, jurisdiction: "NJ", program: "TDI", leaveReason: "OWN_HEALTH" }),
      good(7, { wageQuarters: [{ quarter: "2024-Q9", wages: "100" }], averageWeeklyWage: undefined }),
      good(8, { averageWeeklyWage: "-10" }),
      good(9, { averageWeeklyWage: "ten" }),
      good(10, { leaveStartDate: "2150-01-01" }),
      good(11, { leaveStartDate: "2019-12-01", applicationDate: "2019-12-01" }),
      JSON.stringify({
        id: 12,
        jurisdiction: "MA",
        program: "PFML",
        leaveReason: "OWN_HEALTH",
        applicationDate: "2024-07-15",
        leaveStartDate: "2024-07-21",
        averageWeeklyWage: "1000.00",
      }),
      "[1, 2, 3]",
      good(14),
    ].join("\n");
    const { lines, status, stderr } = run(`${input}\n`);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(lines).toHaveLength(14);
    const parsed = lines.map(
      (line) => JSON.parse(line) as { id: unknown; error?: { code: string }; weeklyBenefitAmount?: string },
    );
    expect(parsed.map((r) => r.id)).toEqual([1, null, null, null, 5, 6, 7, 8, 9, 10, 11, 12, null, 14]);
    expect(parsed.map((r) => r.error?.code ?? r.weeklyBenefitAmount)).toEqual([
      "823.00",
      "INVALID_JSON",
      "BLANK_LINE",
      "BLANK_LINE",
      "UNKNOWN_PROGRAM",
      "INVALID_DATE",
      "INVALID_QUARTER",
      "NEGATIVE_AMOUNT",
      "INVALID_AMOUNT",
      "DATE_OUT_OF_RANGE",
      "BENEFITS_NOT_YET_PAYABLE",
      "769.51",
      "INVALID_REQUEST",
      "823.00",
    ]);
  });

  it("handles input without a final newline and empty input", () => {
    expect(run(good(1)).lines).toHaveLength(1);
    expect(run("")).toMatchObject({ lines: [], status: 0 });
  });

  it("keeps order over many lines", () => {
    const input = Array.from({ length: 500 }, (_, i) => (i % 7 === 3 ? "oops" : good(i))).join("\n");
    const { lines, status } = run(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(500);
    lines.forEach((line, i) => {
      const result = JSON.parse(line) as { id: unknown };
      expect(result.id).toBe(i % 7 === 3 ? null : i);
    });
  });
});

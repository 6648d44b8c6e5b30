/**
 * `pnpm rules:coverage` (or `pnpm --filter @openleave/rules coverage`): per program, the date
 * ranges where every figure is known, the gaps (which figures are missing, and why) and the
 * figures the data records as refused. Plain text for people; `--json` for tools;
 * `--write-readme` refreshes the copy in the package README (a test checks it is current).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { programCoverage, type ProgramCoverage } from "../parameter-coverage/parameter-coverage";
import { PROGRAMS } from "../programs/index";

const REASON: Record<string, string> = {
  "not-published": "not published",
  disputed: "sources disagree",
  unverified: "weak sources only",
  "before-first-value": "no value yet",
  "outside-coverage": "past the published data",
};

function describe(report: ProgramCoverage): string {
  const lines = [
    `${report.program} — ${report.name} (benefits from ${report.firstBenefitDate}; data through ${report.through})`,
  ];
  for (const span of report.spans) {
    const range = `${span.from} to ${span.to}`;
    if (span.missing.length === 0) {
      lines.push(`  covered  ${range}`);
    } else {
      const missing = span.missing.map((gap) => `${gap.parameterId} (${REASON[gap.reason] ?? gap.reason})`).join(", ");
      lines.push(`  GAP      ${range}: ${missing}`);
    }
  }
  // Refused figures, one line per parameter: the dates from which a value is recorded but unusable.
  const refused = new Map<string, string[]>();
  for (const figure of report.refused) {
    const list = refused.get(figure.parameterId) ?? [];
    list.push(`${figure.from} ${REASON[figure.reason] ?? figure.reason}`);
    refused.set(figure.parameterId, list);
  }
  for (const [parameterId, entries] of refused) lines.push(`  refused  ${parameterId}: ${entries.join("; ")}`);
  return lines.join("\n");
}

/** The report as text (the README's copy is this, between its markers). */
export function coverageText(): string {
  return `${PROGRAMS.map((program) => describe(programCoverage(program))).join("\n\n")}\n`;
}

const README = fileURLToPath(new URL("../../README.md", import.meta.url));
export const README_START = "<!-- coverage:start (pnpm rules:coverage --write-readme) -->";
export const README_END = "<!-- coverage:end -->";

/** The README with its coverage section replaced by `text`. */
export function withCoverage(readme: string, text: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  return `${readme.slice(0, start + README_START.length)}\n\n\`\`\`text\n${text}\`\`\`\n\n${readme.slice(end)}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--json")) {
    const reports = PROGRAMS.map((program) => programCoverage(program));
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  } else if (process.argv.includes("--write-readme")) {
    writeFileSync(README, withCoverage(readFileSync(README, "utf8"), coverageText()));
  } else {
    process.stdout.write(coverageText());
  }
}

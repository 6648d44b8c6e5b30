/**
 * The shared reference documents that program parameters and rules cite, and helpers that
 * build their citations. Every program cites the same three files; the helpers keep their
 * paths and titles in one place, so a citation reads as what it points at:
 *
 *   cite: [P.N.n1, ref(275, "A"), seedChart("2390", "2022: $993"), coloradoMemo("166", "53 percent")]
 *
 * where `ref` is the program's own section of the parameter tables (`parameterTables("§6 …")`).
 */
import { EARLIEST_DATE } from "../core/calendar-date";
import type { Citation, SourceGrade, UnknownValueSpec } from "../core/parameter";

/** Compiled yearly figures with grades and worked examples, one section per program. */
export const PARAMETER_TABLES = "shared/reference/parameters.md";
/** The statutory disability and PFL chart (Feb 2023): rules per program, by line. */
export const SEED_CHART = "shared/seeds/003_55eae632d3b6e248.txt";
/** The Colorado Legislative Council memo (2020) comparing the state programs. */
export const COLORADO_MEMO = "shared/seeds/001_fe959d5805562ed4.txt";

/** Citations of one program's section of the parameter tables: `ref(line, grade)`. */
export function parameterTables(section: string): (line: number | string, grade: SourceGrade) => Citation {
  const title = `Published PFML parameters, ${section}`;
  return (line, grade) => ({ title, file: `${PARAMETER_TABLES}:${line}`, grade });
}

/** A passage of the seed chart, quoted or summarised in `title`. */
export function seedChart(lines: number | string, title: string): Citation {
  return {
    title: `Statutory disability and PFL chart (Feb 2023): ${title}`,
    file: `${SEED_CHART}:${lines}`,
    grade: "B",
  };
}

/** A passage of the Colorado Legislative Council memo, quoted or summarised in `title`. */
export function coloradoMemo(lines: number | string, title: string): Citation {
  return { title: `Colorado Legislative Council memo (2020): ${title}`, file: `${COLORADO_MEMO}:${lines}`, grade: "B" };
}

/**
 * The first value of a parameter for a program older than the engine's first date (1970): the
 * years before the compiled figures are declared not published, so they answer
 * PARAMETER_NOT_KNOWN rather than BENEFITS_NOT_YET_PAYABLE (docs/RULES.md, older programs).
 */
export function beforeCompiledFigures(cite: Citation, note: string): UnknownValueSpec<never> {
  return { from: EARLIEST_DATE, unknown: "not-published", cite: [cite], note };
}

/** The survey of peer systems (published service levels, filing rules), by line. */
export const PEER_SURVEY = "shared/reference/peers/peer-systems-and-user-asks.md";

/** A row of the peer survey, summarised in `title`; pair it with the agency page it cites. */
export function peerSurvey(line: number | string, title: string): Citation {
  return { title: `Peer systems survey: ${title}`, file: `${PEER_SURVEY}:${line}`, grade: "B" };
}

/**
 * A public, self-described unreviewed compilation of PFML figures ("every value ... is
 * web-researched and UNVERIFIED by counsel", researched 2026-08) that gives some July 2026
 * figures no agency or reputable secondary source in the searched corpora gives. Grade C: its
 * figures are recorded as `unverified` (kept for the record, never used), so the refusal says a
 * candidate exists for a deployment to confirm and publish. It also contradicts the agency on
 * a figure checked against one (NY's 2026 state AWW), which is why it is not relied on.
 */
export function unreviewedCompilation(what: string): Citation {
  return {
    title: `Unreviewed rules-as-code compilation (geneweng/cc_rules_as_code, researched 2026-08): ${what}`,
    href: "https://github.com/geneweng/cc_rules_as_code/blob/main/references-worksheet.md",
    grade: "C",
  };
}

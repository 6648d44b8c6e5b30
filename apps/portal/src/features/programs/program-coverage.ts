// What a program pays leave for. Which reasons each program covers comes from the API (the
// rules package's catalog, `program.rules.coveredLeaveReasons`); the page names each reason in
// its own language and adds no grouping or knowledge of its own.
import type { Messages } from "@/i18n/catalogs";

export type NamedReason = keyof Messages["claims"]["reasons"];

/** The covered reasons in the rules' order, once each; null when the program lists none the page can name. */
export function programCoverage(
  program: { rules: { coveredLeaveReasons: readonly string[] } },
  named: readonly string[],
): NamedReason[] | null {
  const reasons = [...new Set(program.rules.coveredLeaveReasons)].filter((reason): reason is NamedReason =>
    named.includes(reason),
  );
  return reasons.length === 0 ? null : reasons;
}

/** The state's name in the page's language, or the code itself for a state we have no name for. */
export function jurisdictionName(jurisdiction: string, nameOf: (code: string) => string | undefined): string {
  return nameOf(jurisdiction) ?? jurisdiction;
}

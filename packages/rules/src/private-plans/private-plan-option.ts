/**
 * Whether a program lets an employer meet its obligation through an approved private
 * (voluntary) plan instead of the state plan, which kinds of plan, and from when an approval
 * takes effect. Only programs whose source says so are listed; any other program is
 * RULE_NOT_DOCUMENTED, never a guessed "no".
 */
import type { Citation } from "../core/parameter";
import { ErrorCode, RulesError } from "../core/errors";
import { type RulesErrorResult, guarded } from "../core/rules-error-result";

export type PrivatePlanFundingKind = "INSURED" | "SELF_FUNDED";

export interface PrivatePlanOption {
  readonly allowed: boolean;
  /** The kinds of plan the program accepts (empty when none is allowed). */
  readonly funding: readonly PrivatePlanFundingKind[];
  /**
   * Exemptions are granted by whole calendar quarters: an approval takes effect on the first day
   * of a quarter (MA: the quarter after approval), so premiums are owed or exempt per quarter.
   */
  readonly effectiveFrom: "quarter-start";
  readonly cite: readonly Citation[];
}

const F3 = "shared/seeds/003_55eae632d3b6e248.txt";
const chart = (line: string, section: string): Citation => ({
  title: "Statutory disability and paid family leave laws chart (Feb 2023)",
  section,
  file: `${F3}:${line}`,
  grade: "B",
});

const OPTIONS: Record<string, PrivatePlanOption> = {
  "WA/PFML": {
    allowed: true,
    funding: ["SELF_FUNDED"],
    effectiveFrom: "quarter-start",
    cite: [
      chart("3093-3096", "Washington: private plan — self-funded plans; insured plans not permitted"),
      chart("3440-3444", "Washington: voluntary plan options"),
    ],
  },
  "MA/PFML": {
    allowed: true,
    funding: ["INSURED", "SELF_FUNDED"],
    effectiveFrom: "quarter-start",
    cite: [chart("4261-4267", "Massachusetts: voluntary plan options (effective the first day of the next quarter)")],
  },
  "CO/FAMLI": {
    allowed: true,
    funding: ["INSURED", "SELF_FUNDED"],
    effectiveFrom: "quarter-start",
    cite: [
      chart("1344-1352", "Colorado: private plans (C.R.S. §8-13.3-521; 7 CCR 1107-5)"),
      { title: "C.R.S. §8-13.3-521 (private plans)", section: "8-13.3-521", grade: "B" },
    ],
  },
};

export function privatePlanOption(input: {
  readonly jurisdiction: string;
  readonly program: string;
}): PrivatePlanOption | RulesErrorResult {
  return guarded(() => {
    const option = OPTIONS[`${input.jurisdiction}/${input.program}`];
    if (!option) {
      throw new RulesError(
        ErrorCode.RULE_NOT_DOCUMENTED,
        `Whether ${input.jurisdiction} ${input.program} allows private plans is not documented in the rules package`,
      );
    }
    return option;
  });
}

/**
 * Premium rules. Most programs charge one contribution rate, shared between employee and
 * employer; those with components by leave type or size (MA, DE, MN) or another resolution
 * order (WA) write their own `terms`.
 */
import { type Money, ONE } from "../core/money";
import type { Parameter } from "../core/parameter";
import type { PremiumRules } from "../programs/program";

export interface SingleContributionSpec {
  /** The contribution's name in the premium explanation. */
  readonly name: string;
  readonly rate: Parameter<Money>;
  /** The share of the rate the employee may be charged; omit when the employee pays it all. */
  readonly employeeShare?: Parameter<Money>;
  /** Yearly cap on the wages charged; null for none. */
  readonly wageCap: Parameter<Money | null> | null;
  /** Yearly cap on the employee's contribution (NY PFL). */
  readonly employeeYearlyCap?: Parameter<Money>;
  /** Employers with fewer employees need not pay the employer share; omit when all must. */
  readonly smallEmployerBelow?: Parameter<number>;
}

/**
 * One contribution rate as a program's premium rule. Parameters resolve in a fixed order — rate,
 * employee share, wage cap, employee cap, small-employer size — which is the order the premium
 * explanation lists them in.
 */
export function singleContribution(spec: SingleContributionSpec): PremiumRules {
  return {
    terms(employerSize, ctx) {
      const rate = ctx.param(spec.rate).value;
      const employeeShare = spec.employeeShare === undefined ? ONE : ctx.param(spec.employeeShare).value;
      const wageCap = spec.wageCap === null ? null : ctx.param(spec.wageCap).value;
      const employeeYearlyCap = spec.employeeYearlyCap === undefined ? null : ctx.param(spec.employeeYearlyCap).value;
      const employerShareRequired =
        spec.smallEmployerBelow === undefined || employerSize >= ctx.param(spec.smallEmployerBelow).value;
      return {
        components: [{ name: spec.name, rate, employeeShare }],
        wageCap,
        employeeYearlyCap,
        employerShareRequired,
      };
    },
  };
}

/**
 * Premiums (contributions) with an employer/employee split, a yearly wage cap and the
 * small-employer rule. A premium may have components (MA: medical and family) each with its own
 * rate and the share the employee may be charged. Amounts are rounded to the cent half up.
 *
 * The wage cap is yearly: `wagesYearToDate` (paid earlier in the same calendar year) uses it up
 * first, so only wages below the cap are charged.
 */
import { type Money, Rounding, ZERO, maxMoney, minMoney, roundMoney } from "../core/money";

export interface PremiumComponent {
  readonly name: string;
  readonly rate: Money;
  /** Share of this component's premium the employee may be charged (0..1). */
  readonly employeeShare: Money;
}

export interface PremiumTerms {
  readonly components: readonly PremiumComponent[];
  /** Yearly cap on wages subject to premium, or null for none. */
  readonly wageCap: Money | null;
  /** Yearly cap on the employee's contribution (NY PFL), or null for none. */
  readonly employeeYearlyCap: Money | null;
  /** False for small employers, who need not pay the employer share. */
  readonly employerShareRequired: boolean;
}

export interface PremiumAmounts {
  readonly taxableWages: Money;
  readonly totalRate: Money;
  readonly employeeRate: Money;
  readonly employerRate: Money;
  readonly employee: Money;
  readonly employer: Money;
  readonly total: Money;
}

export function computePremium(wages: Money, wagesYearToDate: Money, terms: PremiumTerms): PremiumAmounts {
  const taxableWages =
    terms.wageCap === null ? wages : minMoney(wages, maxMoney(ZERO, terms.wageCap.minus(wagesYearToDate)));
  let totalRate = ZERO;
  let employeeRate = ZERO;
  for (const c of terms.components) {
    totalRate = totalRate.plus(c.rate);
    employeeRate = employeeRate.plus(c.rate.times(c.employeeShare));
  }
  const employerRate = terms.employerShareRequired ? totalRate.minus(employeeRate) : ZERO;
  let employee = roundMoney(taxableWages.times(employeeRate), Rounding.HALF_UP_CENT);
  if (terms.employeeYearlyCap !== null) {
    const alreadyPaid = minMoney(
      terms.employeeYearlyCap,
      roundMoney(wagesYearToDate.times(employeeRate), Rounding.HALF_UP_CENT),
    );
    employee = minMoney(employee, terms.employeeYearlyCap.minus(alreadyPaid));
  }
  const employer = roundMoney(taxableWages.times(employerRate), Rounding.HALF_UP_CENT);
  return { taxableWages, totalRate, employeeRate, employerRate, employee, employer, total: employee.plus(employer) };
}

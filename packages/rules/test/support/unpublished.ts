/**
 * Programs whose benefit figures are not published for any date the data covers, so every
 * evaluation answers PARAMETER_NOT_KNOWN (or BENEFITS_NOT_YET_PAYABLE before the first benefit
 * date). Their program tests pin that; the suite-level tests check it instead of evaluating.
 *
 * - MD FAMLI: pays from 2028-01-03; the state average weekly wage (workers' compensation
 *   §9-603) and the HB 102 AWW rule are not in the sources.
 * - PR SINOT: the statutory benefit schedule on base-year wages is not in the sources.
 * - MN PFML: the 2026 state average weekly wage (= the maximum) is disputed ($1,423 vs $1,372).
 */
export const NO_PUBLISHED_BENEFIT_FIGURES: ReadonlySet<string> = new Set(["MD FAMLI", "MN PFML", "PR SINOT"]);

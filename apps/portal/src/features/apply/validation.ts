// Checks that mirror the API's (apps/api/src/domains/claims/application-input.ts,
// payments/set-payment-preference.ts, people/update-contact.ts) so a person sees a problem
// before the round trip. The API checks everything again. Each returns a problem code the
// step turns into a message in the page's language, or undefined when the value is fine.

/** ABA routing numbers carry a check digit: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function isValidRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

export type RoutingProblem = "required" | "format" | "checkDigit";
export function routingNumberProblem(raw: string): RoutingProblem | undefined {
  const value = raw.trim();
  if (!value) return "required";
  if (!/^\d{9}$/.test(value)) return "format";
  return isValidRoutingNumber(value) ? undefined : "checkDigit";
}

export type AccountProblem = "required" | "format";
export function accountNumberProblem(raw: string): AccountProblem | undefined {
  const value = raw.trim();
  if (!value) return "required";
  return /^\d{4,17}$/.test(value) ? undefined : "format";
}

export type ConfirmProblem = "required" | "mismatch";
export function confirmAccountProblem(account: string, confirmation: string): ConfirmProblem | undefined {
  if (!confirmation.trim()) return "required";
  return confirmation.trim() === account.trim() ? undefined : "mismatch";
}

/** A real calendar date written YYYY-MM-DD (what a date input gives). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The longest single leave period the API accepts (no program pays more than 52 weeks). */
export const MAX_PERIOD_DAYS = 52 * 7;

export type DateRangeProblem =
  | { field: "startDate" | "endDate"; problem: "required" | "invalid" }
  | { field: "endDate"; problem: "beforeStart" | "tooLong" };

export function dateRangeProblems(startDate: string, endDate: string): DateRangeProblem[] {
  const problems: DateRangeProblem[] = [];
  if (!startDate) problems.push({ field: "startDate", problem: "required" });
  else if (!isCalendarDate(startDate)) problems.push({ field: "startDate", problem: "invalid" });
  if (!endDate) problems.push({ field: "endDate", problem: "required" });
  else if (!isCalendarDate(endDate)) problems.push({ field: "endDate", problem: "invalid" });
  if (problems.length > 0) return problems;
  if (endDate < startDate) return [{ field: "endDate", problem: "beforeStart" }];
  const days = (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) return [{ field: "endDate", problem: "tooLong" }];
  return [];
}

/** Hours as the API takes them: up to 3 digits and 2 decimals, more than 0 and at most `max`. */
export function hoursProblem(raw: string, max: number): "required" | "invalid" | "range" | undefined {
  const value = raw.trim();
  if (!value) return "required";
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(value)) return "invalid";
  const hours = Number(value);
  return hours > 0 && hours <= max ? undefined : "range";
}

export function isZipCode(value: string): boolean {
  return /^\d{5}(-\d{4})?$/.test(value.trim());
}

/** Empty is fine (the phone is optional); otherwise 10 digits, punctuation ignored. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/[\s().+-]/g, "");
  return digits === "" || /^1?\d{10}$/.test(digits);
}

export function isMoney(value: string): boolean {
  return /^\d{1,9}(\.\d{1,2})?$/.test(value.trim());
}

/** A Decimal from the API ("6.00") as a person writes it ("6"); hours, not money. */
export function plainNumber(value: string | null | undefined): string {
  if (value == null || value === "") return "";
  return String(Number(value));
}

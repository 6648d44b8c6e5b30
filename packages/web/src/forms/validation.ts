// Checks that mirror the API's own rules, so people see problems before a round trip.
// The API still checks everything: these only make the form quicker to fix.

/** Same idea as the API's check: something@something.something, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value.trim());
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type NewPasswordProblem = "required" | "tooShort" | "tooLong" | "edgeSpaces";

/** The API's password rule (apps/api/src/auth/password-reset.ts): 12–128 characters, no leading or trailing space. */
export function newPasswordProblem(password: string): NewPasswordProblem | undefined {
  if (password.length === 0) return "required";
  if (password.trim() !== password) return "edgeSpaces";
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  return undefined;
}

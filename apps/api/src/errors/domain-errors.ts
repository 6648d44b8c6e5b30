// Expected failures, returned to clients as typed GraphQL results (errors plugin). Anything
// else that is thrown is unexpected: logged with its stack and shown to the client only as
// "Internal server error" with the request id.

export class DomainError extends Error {
  /** Stable, machine-readable code; clients branch on it, never on the message. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  /** Path of the offending input field, e.g. ["input", "leavePeriods", "0", "endDate"]. */
  path: string[];
  message: string;
}

/** Thrown when input fails validation; carries one message per offending field. */
export class InvalidInputError extends DomainError {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], message = "Some of the information you entered needs to be corrected.") {
    super("INVALID_INPUT", message);
    this.issues = issues;
  }

  static field(path: string[], message: string) {
    return new InvalidInputError([{ path, message }], message);
  }
}

/** Thrown when an entity does not exist or the actor may not know it exists. */
export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super("NOT_FOUND", `${entity} was not found.`);
  }
}

/** Thrown when the actor is signed in but not allowed to do this. */
export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do this.") {
    super("FORBIDDEN", message);
  }
}

/** Thrown when the request needs a signed-in user and there is none. */
export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in to continue.") {
    super("UNAUTHENTICATED", message);
  }
}

/** Thrown when a state machine refuses a transition (e.g. approving a withdrawn claim). */
export class IllegalTransitionError extends DomainError {
  readonly from: string;
  readonly to: string;

  constructor(entity: string, from: string, to: string) {
    super("ILLEGAL_TRANSITION", `A ${entity} that is ${humanize(from)} cannot become ${humanize(to)}.`);
    this.from = from;
    this.to = to;
  }
}

/** Thrown when a write names a version that is no longer current (someone else got there first). */
export class StaleVersionError extends DomainError {
  readonly currentVersion: number;

  constructor(entity: string, currentVersion: number) {
    super("STALE_VERSION", `This ${entity} was changed by someone else. Reload it and try again.`);
    this.currentVersion = currentVersion;
  }
}

/** Thrown when too many attempts were made (sign-in, password reset). */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number, message = "Too many attempts. Please wait and try again.") {
    super("RATE_LIMITED", message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function humanize(status: string) {
  return status.toLowerCase().replaceAll("_", " ");
}

/** Every specific error class; each has its own GraphQL type. */
export const SPECIFIC_ERRORS = [
  InvalidInputError,
  NotFoundError,
  ForbiddenError,
  UnauthenticatedError,
  IllegalTransitionError,
  StaleVersionError,
  RateLimitedError,
] as const;

// GraphQL shapes of the domain errors. Every field with `errors: {}` returns a union of its
// success type and these, so clients get a code and field-level messages, never a stack trace.
import { builder } from "../graphql/builder.ts";
import {
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  SPECIFIC_ERRORS,
  StaleVersionError,
  UnauthenticatedError,
  type FieldIssue,
} from "./domain-errors.ts";

const ErrorInterface = builder.interfaceRef<DomainError>("Error").implement({
  description: "An expected failure the user can act on.",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.exposeString("message"),
  }),
});

builder.objectType(DomainError, {
  name: "BaseError",
  interfaces: [ErrorInterface],
  // Only for domain errors without a more specific type of their own.
  isTypeOf: (value) => value instanceof DomainError && !SPECIFIC_ERRORS.some((cls) => value instanceof cls),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  fields: (t) => ({
    path: t.exposeStringList("path"),
    message: t.exposeString("message"),
  }),
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
});

builder.objectType(UnauthenticatedError, {
  name: "UnauthenticatedError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof UnauthenticatedError,
});

builder.objectType(IllegalTransitionError, {
  name: "IllegalTransitionError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof IllegalTransitionError,
  fields: (t) => ({ from: t.exposeString("from"), to: t.exposeString("to") }),
});

builder.objectType(StaleVersionError, {
  name: "StaleVersionError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof StaleVersionError,
  fields: (t) => ({ currentVersion: t.exposeInt("currentVersion") }),
});

builder.objectType(RateLimitedError, {
  name: "RateLimitedError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});

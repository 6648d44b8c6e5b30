// Checks every field's arguments before its resolver runs, for the whole schema at once:
//   - text with a NUL character or a lone surrogate (PostgreSQL cannot store the first, and the
//     second is not text at all) is refused with a message on that field;
//   - lists longer than MAX_LIST_ITEMS are refused (a 100,000-item filter is not a question);
//   - page sizes (first/last) must be between 0 and MAX_PAGE_SIZE, and a cursor must be one the
//     API handed out.
// Registered after scope-auth (authorization runs first) and after the errors plugin, so a
// mutation with typed errors gets an InvalidInputError result it can show next to the field.
import SchemaBuilder, {
  BasePlugin,
  PothosValidationError,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import { InvalidInputError, type FieldIssue } from "../errors/domain-errors.ts";

export const MAX_LIST_ITEMS = 500;
export const MAX_PAGE_SIZE = 100;

const PLUGIN_NAME = "inputGuard" as const;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Pothos plugins announce themselves by augmenting its global namespace.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the shape Pothos requires
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}

/** The problems in one field's arguments, each with the path of the argument. */
export function argumentIssues(args: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (issues.length >= 20) return;
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        issues.push({ path, message: "This text contains an invisible NUL character. Remove it and try again." });
      else if (LONE_SURROGATE.test(value))
        issues.push({ path, message: "This text contains a broken character. Retype it and try again." });
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        issues.push({ path, message: `Send at most ${MAX_LIST_ITEMS} items at a time.` });
        return;
      }
      value.forEach((item, index) => visit(item, [...path, String(index)]));
      return;
    }
    if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  for (const [name, value] of Object.entries(args)) visit(value, [name]);
  for (const name of ["first", "last"]) {
    const size = args[name];
    if (size !== undefined && size !== null && (typeof size !== "number" || size < 0 || size > MAX_PAGE_SIZE)) {
      issues.push({ path: [name], message: `Ask for between 0 and ${MAX_PAGE_SIZE} items at a time.` });
    }
  }
  return issues;
}

export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    // A field without arguments has nothing to check: leave its resolver as it is, so the many
    // plain fields of a page stay synchronous (a wrapper here made every one a promise).
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      const issues = argumentIssues(args as Record<string, unknown>);
      if (issues.length) throw new InvalidInputError(issues, issues[0]!.message);
      const translate = (error: unknown) => {
        // The relay plugin's word for a cursor it cannot read.
        if (error instanceof PothosValidationError && /cursor/i.test(error.message)) {
          const which = (args as { before?: unknown }).before ? "before" : "after";
          return InvalidInputError.field([which], "This page link is not valid. Start again from the first page.");
        }
        return error;
      };
      try {
        const result: unknown = resolver(parent, args, context, info);
        // Any thenable (a Prisma query is one without being a Promise), not only native promises.
        return isThenable(result)
          ? Promise.resolve(result).catch((error: unknown) => {
              throw translate(error);
            })
          : result;
      } catch (error) {
        throw translate(error);
      }
    };
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

SchemaBuilder.registerPlugin(PLUGIN_NAME, InputGuardPlugin);

export default PLUGIN_NAME;

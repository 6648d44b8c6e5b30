import type { z } from "zod";
import { InvalidInputError } from "../errors/domain-errors.ts";

/**
 * Validates resolver input after authorization has run, turning every problem into a
 * field-level message the form can show next to the field.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  basePath: string[] = [],
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({
      path: [...basePath, ...issue.path.map((part) => String(part))],
      message: issue.message,
    })),
  );
}

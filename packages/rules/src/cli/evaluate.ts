/**
 * `pnpm -s rules:evaluate`: one JSON request per line on stdin → one JSON result per line on
 * stdout, in order. Every input line gets exactly one output line:
 * - a line that is not JSON → {"id": null, "error": {"code": "INVALID_JSON", ...}};
 * - a blank (empty or whitespace-only) line → {"id": null, "error": {"code": "BLANK_LINE", ...}};
 * - anything else → the result of `evaluate` (an error result for a bad request).
 * Nothing else is written to stdout. Exits 0 at end of input.
 *
 * This file is the only place in the package that touches stdin/stdout.
 */
import { createInterface } from "node:readline";
import { ErrorCode } from "../core/errors";
import { evaluate } from "../evaluation/evaluate";

function answer(line: string): unknown {
  if (line.trim().length === 0) {
    return {
      id: null,
      error: { code: ErrorCode.BLANK_LINE, message: "blank line: expected one JSON request per line" },
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(line);
  } catch {
    return { id: null, error: { code: ErrorCode.INVALID_JSON, message: "the line is not valid JSON" } };
  }
  return evaluate(body);
}

function serialize(result: unknown): string {
  try {
    return JSON.stringify(result);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return JSON.stringify({
      id: null,
      error: { code: ErrorCode.INTERNAL_ERROR, message: `internal error: ${detail}` },
    });
  }
}

async function main(): Promise<void> {
  // A closed pipe downstream (e.g. `| head`) ends the run quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const written = process.stdout.write(`${serialize(answer(line))}\n`);
    if (!written) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    process.stderr.write(`rules:evaluate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

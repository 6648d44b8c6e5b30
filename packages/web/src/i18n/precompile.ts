// Messages compiled ahead of formatting (icu-minify), so the browser needs only next-intl's
// small formatter and never the ICU parser (about 40 KB of JavaScript). webNextConfig and
// webVitestConfig point `use-intl/format-message` at that formatter; everything next-intl
// formats, on the server and in the browser, must therefore be compiled with this.
import compile from "icu-minify/compile";
import type { MessageTree } from "./merge-messages";

/** A catalog with every message compiled (same keys; a message without ICU syntax stays a string). */
export type CompiledMessages = { [key: string]: ReturnType<typeof compile> | CompiledMessages };

export function precompileMessages(tree: MessageTree, path = ""): CompiledMessages {
  const compiled: CompiledMessages = {};
  for (const [key, value] of Object.entries(tree)) {
    const here = path ? `${path}.${key}` : key;
    if (typeof value !== "string") {
      compiled[key] = precompileMessages(value, here);
      continue;
    }
    try {
      // Through JSON: icu-minify builds plural and select cases as null-prototype objects, which
      // React refuses to pass from a Server Component to the browser.
      compiled[key] = JSON.parse(JSON.stringify(compile(value))) as ReturnType<typeof compile>;
    } catch (error) {
      throw new Error(`The message ${here} is not valid ICU: ${(error as Error).message}`);
    }
  }
  return compiled;
}

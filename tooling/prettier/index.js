// The one formatter configuration for the whole workspace (root package.json points here).
// `pnpm format` rewrites files; `pnpm format:check` (part of `pnpm test`) fails on any file
// that is not formatted.
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  // Markdown keeps its hand-wrapped prose; tables and lists are still normalised.
  proseWrap: "preserve",
  trailingComma: "all",
};

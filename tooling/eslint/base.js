// Shared flat config: typescript-eslint's recommended rules plus the few house rules that
// protect correctness (no floating promises would need type info; kept out for speed).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/dist/**", "**/.next/**", "**/generated/**", "**/node_modules/**", "**/*.d.ts", "**/.turbo/**"],
};

export default tseslint.config(
  ignores,
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
      eqeqeq: ["error", "smart"],
    },
  },
  {
    // Plain JavaScript files here are Node scripts (dev, test and CI helpers).
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests read untyped JSON (GraphQL responses); typing every payload would add noise, not safety.
    files: ["**/*.test.ts", "**/*.test.tsx", "**/test/**/*.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);

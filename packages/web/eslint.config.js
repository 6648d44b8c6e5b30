// The apps' rules (tooling/eslint plus React hooks, jsx-a11y and Next's checks): this code
// renders inside both of them.
import nextPlugin from "@next/eslint-plugin-next";
import base from "@openleave/eslint-config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { intlRules } from "./src/lint/intl-rules.js";

export default [
  ...base,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  nextPlugin.configs["core-web-vitals"],
  intlRules,
  // The wrappers themselves (and their tests) are built on next-intl's own helpers.
  { files: ["src/i18n/**", "src/testing/**"], rules: { "no-restricted-imports": "off" } },
  // A library has no pages/ directory for this rule to look in; the apps' lint keeps it.
  { rules: { "@next/next/no-html-link-for-pages": "off" } },
];

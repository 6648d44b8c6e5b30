// House rules (tooling/eslint) plus React hooks, accessibility (jsx-a11y) and Next's own checks.
import nextPlugin from "@next/eslint-plugin-next";
import base from "@openleave/eslint-config";
import { intlRules } from "@openleave/web/eslint-rules";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";

export default [
  ...base,
  { ignores: ["next-env.d.ts"] },
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  nextPlugin.configs["core-web-vitals"],
  intlRules,
];

// Lint rules for pages that use messages (the apps and this package): next-intl's own
// formatter, locale and raw-message helpers each have an OpenLeave counterpart that gets
// calendar dates, money and the apps' language names right. See README, "How to write a page
// with messages".
const formatter =
  "Use useFormat() / getFormat() from @openleave/web: calendar dates in UTC, money from decimal strings.";
const locale = 'Use useLocale() from @openleave/web ("en" | "es"), or getLocale() from @openleave/web/server.';
const messages = "Read messages with t(…); the raw ones are precompiled, not text (see src/i18n/precompile.ts).";

/** @type {import("eslint").Linter.Config} */
export const intlRules = {
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "next-intl", importNames: ["useFormatter"], message: formatter },
          { name: "next-intl", importNames: ["useLocale"], message: locale },
          { name: "next-intl", importNames: ["useMessages"], message: messages },
          { name: "next-intl/server", importNames: ["getFormatter"], message: formatter },
          { name: "next-intl/server", importNames: ["getLocale"], message: locale },
          { name: "next-intl/server", importNames: ["getMessages"], message: messages },
        ],
      },
    ],
  },
};

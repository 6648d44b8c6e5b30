// @openleave/web: what the portal and the admin console share. Safe to import from Server and
// Client Components alike (client components carry their own "use client"). Server-only
// helpers are in ./server.ts, test helpers in ./testing.ts.

// GraphQL: typed documents, the browser client (CSRF header, POST only), mutation outcomes.
export { graphql } from "./graphql/graphql";
export { createBrowserClient, GRAPHQL_PATH, type BrowserClientOptions } from "./graphql/client";
export { CSRF_COOKIE, CSRF_HEADER, csrfHeaders, readCookie } from "./graphql/csrf";
export { minutesToWait, toMutationOutcome, type FieldIssue, type MutationOutcome } from "./graphql/mutation-outcome";
export { queryProblem, type QueryProblem } from "./graphql/query-problem";
export { UrqlProvider } from "./graphql/urql-provider";
export { ProgramsQuery } from "./programs/programs-query";

// Languages and formatting. Messages themselves: `useTranslations` / `getTranslations` from
// next-intl; the catalogs' building blocks are in ./messages.ts.
export {
  DEFAULT_LOCALE,
  INTL_LOCALES,
  LOCALES,
  LOCALE_COOKIE,
  isLocale,
  localeOfIntlLocale,
  negotiateLocale,
  type IntlLocale,
  type Locale,
} from "./i18n/locales";
export { useLocale } from "./i18n/use-locale";
export { calendarDate } from "./i18n/calendar-date";
export { createPageFormat, useFormat, type PageFormat } from "./i18n/page-format";
export { webFormats, type DateFormatName, type NumberFormatName, type WebFormats } from "./i18n/formats";

// Forms: text fields, the error summary, API issues → field messages, client-side checks.
export { ErrorSummary } from "./forms/error-summary";
export { hasErrors, issuesToErrors, summaryItems, type FieldErrors, type SummaryItem } from "./forms/form-errors";
export { useProblemMessage, type ProblemOutcome } from "./forms/outcome-message";
export { TextField } from "./forms/text-field";
export {
  isEmailAddress,
  newPasswordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type NewPasswordProblem,
} from "./forms/validation";

// Session: who is signed in, route protection, signing in and out, safe return paths.
export {
  SessionProvider,
  StaticSessionProvider,
  useSession,
  type Session,
  type Viewer,
} from "./session/session-provider";
export { RequireSignIn } from "./session/require-sign-in";
export { SignOutButton } from "./session/sign-out-button";
export { hardNavigate } from "./session/hard-navigate";
export { safeReturnPath, signInHref } from "./session/return-path";
export { SignInForm } from "./auth/sign-in-form";
export { SignInPageContent } from "./auth/sign-in-page-content";
export { NewPasswordForm } from "./auth/new-password-form";

// USWDS components (markup over the USWDS styles; see uswds/button.tsx for why not react-uswds).
export { Button } from "./uswds/button";
export { Checkbox, Radio } from "./uswds/choice-inputs";
export { ErrorMessage, Fieldset, FormGroup, Label, Select, Textarea, TextInput } from "./uswds/form-controls";

// Page shell and UI.
export { AppShell } from "./layout/app-shell";
export { SiteHeader, type NavItem } from "./layout/site-header";
export { SiteFooter } from "./layout/site-footer";
export { Notice } from "./ui/notice";
export { QueryProblemNotice } from "./ui/query-problem-notice";
export { StatusMessage } from "./ui/status-message";
export { ErrorPageContent } from "./errors/error-page-content";
export { GlobalErrorPage } from "./errors/global-error-page";
export { NotFoundContent } from "./errors/not-found-content";

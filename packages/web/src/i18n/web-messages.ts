// The messages the shared components read. They come from each app's own catalogs (English
// and Spanish), in that app's words: every app's catalog has these groups under these names,
// and `createI18n` refuses a catalog that lacks one. An app may add keys to a group freely.
import type { PluralMessage } from "./format";

/** The header, the sign-out button and the language toggle. */
export interface LayoutMessages {
  skipToContent: string;
  menu: string;
  closeMenu: string;
  primaryNavLabel: string;
  signIn: string;
  signOut: string;
  signingOut: string;
  signedInAs: string;
  signOutFailed: string;
  /** The name of the language the toggle switches to, written in that language. */
  otherLanguageName: string;
  otherLanguageHint: string;
}

export interface CommonMessages {
  tryAgain: string;
  /** The label of a link to the app's home page ("Go to the work queue" in the console). */
  goHome: string;
}

/** Form error summaries, field errors and the sentence for each mutation problem. */
export interface ErrorMessages {
  summaryHeading: PluralMessage;
  fieldErrorPrefix: string;
  unreachable: string;
  sessionExpired: string;
  unexpected: string;
  forbidden: string;
  waitMinutes: PluralMessage;
}

export interface SignInMessages {
  title: string;
  intro: string;
  /** Shown instead of the intro when sign-in was asked for on the way to another page. */
  returnNotice: string;
  emailLabel: string;
  passwordLabel: string;
  showPassword: string;
  submit: string;
  submitting: string;
  forgotPassword: string;
  emailRequired: string;
  emailInvalid: string;
  passwordRequired: string;
  noMatch: string;
  tooManyAttempts: string;
  resetInstead: string;
  signedInRedirecting: string;
}

/** Pages behind `RequireSignIn` while the session is checked or missing. */
export interface ProtectedPageMessages {
  checking: string;
  redirecting: string;
  unavailable: string;
}

export interface PageMessages {
  title: string;
  body: string;
}

export interface WebMessages {
  layout: LayoutMessages;
  common: CommonMessages;
  errors: ErrorMessages;
  signIn: SignInMessages;
  protectedPage: ProtectedPageMessages;
  errorPage: PageMessages;
}

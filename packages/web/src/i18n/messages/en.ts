// English messages of the shared components (header, sign-in, forms, error pages), written
// once here and merged into each app's catalog (see ../merge-messages.ts). An app may reword
// one for its readers in its own catalog, keeping the same {arguments}.
// ICU message syntax: {name} arguments, {count, plural, one {…} other {# …}}.
// Spanish (es.ts) must have the same keys and arguments; the catalog checks fail otherwise.

export const en = {
  layout: {
    skipToContent: "Skip to main content",
    menu: "Menu",
    closeMenu: "Close menu",
    primaryNavLabel: "Main",
    signIn: "Sign in",
    signOut: "Sign out",
    signingOut: "Signing out…",
    signedInAs: "Signed in as {name}",
    signOutFailed: "We could not sign you out. Try again. On a shared computer, close the browser when you are done.",
    /** The name of the language the toggle switches to, written in that language. */
    otherLanguageName: "Español",
    otherLanguageHint: "Ver este sitio en español",
  },
  footer: {
    navLabel: "Footer",
    backToTop: "Return to top",
  },
  common: {
    loading: "Loading…",
    tryAgain: "Try again",
    /** The label of a link to the app's home page (the console says "Go to the work queue"). */
    goHome: "Go to the home page",
  },
  errors: {
    summaryHeading:
      "{count, plural, one {There is 1 problem with this form} other {There are # problems with this form}}",
    fieldErrorPrefix: "Error:",
    unreachable:
      "We could not reach the OpenLeave service. Check your internet connection and try again in a few minutes.",
    sessionExpired: "Your session has ended. Sign in again to continue.",
    busy: "The service is busy right now. Try again in a few seconds.",
    busySubmit:
      "The service is busy right now, so nothing was sent. What you entered is still here: try again in a few seconds.",
    unexpected: "Something went wrong on our side. Try again in a few minutes.",
    forbidden: "Your account is not allowed to do this.",
    waitMinutes:
      "{count, plural, one {Wait 1 minute before you try again.} other {Wait # minutes before you try again.}}",
  },
  signIn: {
    title: "Sign in",
    intro: "Sign in to apply for paid leave, follow your claim, or respond to an employee's claim.",
    /** Shown instead of the intro when sign-in was asked for on the way to another page. */
    returnNotice: "Sign in to continue to the page you asked for.",
    emailLabel: "Email address",
    passwordLabel: "Password",
    showPassword: "Show password",
    submit: "Sign in",
    submitting: "Signing in…",
    forgotPassword: "Forgot your password?",
    emailRequired: "Enter your email address.",
    emailInvalid: "Enter an email address like name@example.com.",
    passwordRequired: "Enter your password.",
    noMatch: "That email and password do not match our records. Check them and try again, or reset your password.",
    tooManyAttempts: "Too many sign-in attempts. To protect your account, we paused sign-in for now.",
    resetInstead: "You can reset your password instead.",
    signedInRedirecting: "You are signed in. Taking you to your page…",
  },
  /** Choosing a password from an emailed link (a reset, or a staff invitation). */
  newPassword: {
    newPasswordLabel: "New password",
    newPasswordHint:
      "Use at least 12 characters. Do not start or end with a space. A few unrelated words make a strong password that is easy to remember.",
    confirmLabel: "Type the new password again",
    showPasswords: "Show passwords",
    submit: "Save new password",
    submitting: "Saving…",
    passwordRequired: "Enter a new password.",
    tooShort: "Use at least 12 characters.",
    tooLong: "Use at most 128 characters.",
    edgeSpaces: "Do not start or end your password with a space.",
    confirmRequired: "Type the new password again.",
    mismatch: "The two passwords do not match.",
  },
  /** Pages behind `RequireSignIn` while the session is checked or missing. */
  protectedPage: {
    checking: "Checking whether you are signed in…",
    redirecting: "You need to sign in first. Taking you to the sign-in page…",
    unavailable: "We could not check whether you are signed in.",
  },
  errorPage: {
    title: "Something went wrong",
    body: "We could not show this page. Your information is safe. Try again, or go back to the home page.",
  },
  notFound: {
    title: "We cannot find that page",
    body: "The address may be mistyped, or the page may have moved.",
  },
} as const;

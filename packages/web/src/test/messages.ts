// Catalogs for this package's own tests: the shared groups (in the portal's words) plus one
// group of an app's own, as an app's catalogs would have them.

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
    otherLanguageName: "Español",
    otherLanguageHint: "Ver este sitio en español",
  },
  common: {
    tryAgain: "Try again",
    goHome: "Go to the home page",
  },
  errors: {
    summaryHeading: {
      one: "There is 1 problem with this form",
      other: "There are {count} problems with this form",
    },
    fieldErrorPrefix: "Error:",
    unreachable:
      "We could not reach the OpenLeave service. Check your internet connection and try again in a few minutes.",
    sessionExpired: "Your session has ended. Sign in again to continue.",
    unexpected: "Something went wrong on our side. Try again in a few minutes.",
    forbidden: "Your account is not allowed to do this.",
    waitMinutes: {
      one: "Wait 1 minute before you try again.",
      other: "Wait {count} minutes before you try again.",
    },
  },
  signIn: {
    title: "Sign in",
    intro: "Sign in to apply for paid leave, follow your claim, or respond to an employee's claim.",
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
  protectedPage: {
    checking: "Checking whether you are signed in…",
    redirecting: "You need to sign in first. Taking you to the sign-in page…",
    unavailable: "We could not check whether you are signed in.",
  },
  errorPage: {
    title: "Something went wrong",
    body: "We could not show this page. Your information is safe. Try again, or go back to the home page.",
  },
  home: {
    welcome: "Welcome, {name}",
  },
};

export type TestMessages = typeof en;

export const es: TestMessages = {
  layout: {
    skipToContent: "Saltar al contenido principal",
    menu: "Menú",
    closeMenu: "Cerrar menú",
    primaryNavLabel: "Principal",
    signIn: "Iniciar sesión",
    signOut: "Cerrar sesión",
    signingOut: "Cerrando sesión…",
    signedInAs: "Sesión iniciada como {name}",
    signOutFailed:
      "No pudimos cerrar su sesión. Inténtelo de nuevo. En una computadora compartida, cierre el navegador cuando termine.",
    otherLanguageName: "English",
    otherLanguageHint: "View this site in English",
  },
  common: {
    tryAgain: "Intentar de nuevo",
    goHome: "Ir a la página de inicio",
  },
  errors: {
    summaryHeading: {
      one: "Hay 1 problema en este formulario",
      other: "Hay {count} problemas en este formulario",
    },
    fieldErrorPrefix: "Error:",
    unreachable:
      "No pudimos conectarnos con el servicio de OpenLeave. Revise su conexión a internet e inténtelo de nuevo en unos minutos.",
    sessionExpired: "Su sesión terminó. Inicie sesión de nuevo para continuar.",
    unexpected: "Algo salió mal de nuestro lado. Inténtelo de nuevo en unos minutos.",
    forbidden: "Su cuenta no tiene permiso para hacer esto.",
    waitMinutes: {
      one: "Espere 1 minuto antes de intentarlo de nuevo.",
      other: "Espere {count} minutos antes de intentarlo de nuevo.",
    },
  },
  signIn: {
    title: "Iniciar sesión",
    intro: "Inicie sesión para solicitar el permiso pagado, seguir su reclamo o responder al reclamo de un empleado.",
    returnNotice: "Inicie sesión para continuar a la página que pidió.",
    emailLabel: "Correo electrónico",
    passwordLabel: "Contraseña",
    showPassword: "Mostrar contraseña",
    submit: "Iniciar sesión",
    submitting: "Iniciando sesión…",
    forgotPassword: "¿Olvidó su contraseña?",
    emailRequired: "Escriba su correo electrónico.",
    emailInvalid: "Escriba un correo electrónico como nombre@ejemplo.com.",
    passwordRequired: "Escriba su contraseña.",
    noMatch:
      "Ese correo electrónico y esa contraseña no coinciden con nuestros registros. Revíselos e inténtelo de nuevo, o restablezca su contraseña.",
    tooManyAttempts:
      "Demasiados intentos de inicio de sesión. Para proteger su cuenta, pausamos el inicio de sesión por ahora.",
    resetInstead: "También puede restablecer su contraseña.",
    signedInRedirecting: "Inició sesión. Lo llevamos a su página…",
  },
  protectedPage: {
    checking: "Verificando si inició sesión…",
    redirecting: "Primero debe iniciar sesión. Lo llevamos a la página de inicio de sesión…",
    unavailable: "No pudimos verificar si inició sesión.",
  },
  errorPage: {
    title: "Algo salió mal",
    body: "No pudimos mostrar esta página. Su información está segura. Inténtelo de nuevo o vuelva a la página de inicio.",
  },
  home: {
    welcome: "Le damos la bienvenida, {name}",
  },
};

export const testCatalogs = { en, es };

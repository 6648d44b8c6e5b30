// Spanish messages of the shared components: the keys and {arguments} of en.ts.
// "Usted" throughout, as U.S. public agencies do in Spanish.
import type { CatalogShape } from "../merge-messages";
import type { en } from "./en";

export const es: CatalogShape<typeof en> = {
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
  footer: {
    navLabel: "Pie de página",
    backToTop: "Volver arriba",
  },
  common: {
    loading: "Cargando…",
    tryAgain: "Intentar de nuevo",
    goHome: "Ir a la página de inicio",
  },
  errors: {
    summaryHeading:
      "{count, plural, one {Hay 1 problema en este formulario} other {Hay # problemas en este formulario}}",
    fieldErrorPrefix: "Error:",
    unreachable:
      "No pudimos conectarnos con el servicio de OpenLeave. Revise su conexión a internet e inténtelo de nuevo en unos minutos.",
    sessionExpired: "Su sesión terminó. Inicie sesión de nuevo para continuar.",
    unexpected: "Algo salió mal de nuestro lado. Inténtelo de nuevo en unos minutos.",
    busy: "El servicio está ocupado en este momento. Inténtelo de nuevo en unos segundos.",
    busySubmit:
      "El servicio está ocupado en este momento, así que no se envió nada. Lo que escribió sigue aquí: inténtelo de nuevo en unos segundos.",
    forbidden: "Su cuenta no tiene permiso para hacer esto.",
    waitMinutes:
      "{count, plural, one {Espere 1 minuto antes de intentarlo de nuevo.} other {Espere # minutos antes de intentarlo de nuevo.}}",
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
  newPassword: {
    newPasswordLabel: "Contraseña nueva",
    newPasswordHint:
      "Use al menos 12 caracteres. No empiece ni termine con un espacio. Varias palabras sin relación entre sí forman una contraseña segura y fácil de recordar.",
    confirmLabel: "Escriba la contraseña nueva otra vez",
    showPasswords: "Mostrar contraseñas",
    submit: "Guardar contraseña nueva",
    submitting: "Guardando…",
    passwordRequired: "Escriba una contraseña nueva.",
    tooShort: "Use al menos 12 caracteres.",
    tooLong: "Use como máximo 128 caracteres.",
    edgeSpaces: "No empiece ni termine su contraseña con un espacio.",
    confirmRequired: "Escriba la contraseña nueva otra vez.",
    mismatch: "Las dos contraseñas no coinciden.",
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
  notFound: {
    title: "No encontramos esa página",
    body: "Es posible que la dirección tenga un error o que la página se haya movido.",
  },
};

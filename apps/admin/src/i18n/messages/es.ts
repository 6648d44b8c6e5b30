// Spanish messages for the staff console: the keys and {arguments} of en.ts.
import type { CatalogShape } from "@openleave/web/messages";
import type { Messages } from "./en";

export const es: CatalogShape<Messages> = {
  meta: {
    siteName: "OpenLeave",
    tagline: "Consola del personal",
    description: "Colas de trabajo y revisión de reclamos para el personal de permiso familiar y médico pagado.",
  },
  layout: {
    workQueue: "Cola de trabajo",
  },
  footer: {
    about:
      "Consola del personal de OpenLeave. Las acciones que realiza aquí quedan registradas en el historial de auditoría.",
  },
  common: {
    goHome: "Ir a la cola de trabajo",
  },
  errors: {
    unreachable:
      "No pudimos conectarnos con el servicio de OpenLeave. Revise su conexión e inténtelo de nuevo en unos minutos.",
  },
  signIn: {
    title: "Iniciar sesión en la consola del personal",
    intro:
      "Para el personal del programa: adjudicadores, supervisores, oficiales de apelaciones y administradores del programa.",
    emailLabel: "Correo electrónico del trabajo",
    forgotPassword: "¿Olvidó su contraseña? Restablézcala en el portal de OpenLeave",
    emailRequired: "Escriba su correo electrónico del trabajo.",
    emailInvalid: "Escriba un correo electrónico como nombre@agencia.gov.",
    tooManyAttempts:
      "Demasiados intentos de inicio de sesión. Para proteger la cuenta, pausamos el inicio de sesión por ahora.",
    signedInRedirecting: "Inició sesión. Abriendo la consola…",
  },
  staffOnly: {
    title: "Esta consola es para el personal del programa",
    body: "Inició sesión como {name} y su cuenta no tiene una función de personal. Si solicitó un permiso o administra permisos para un empleador, use el portal de OpenLeave.",
    goToPortal: "Ir al portal de OpenLeave",
    switchAccount: "Si tiene una cuenta de personal, cierre la sesión e inicie sesión con esa cuenta.",
  },
  roles: {
    CLAIMANT: "Solicitante",
    LEAVE_ADMIN: "Administrador de permisos del empleador",
    ADJUDICATOR: "Adjudicador",
    SUPERVISOR: "Supervisor",
    APPEALS_OFFICER: "Oficial de apelaciones",
    PROGRAM_ADMIN: "Administrador del programa",
  },
  home: {
    title: "Cola de trabajo",
    staffLine: "{name} · {roles}",
  },
  workQueue: {
    intro: "Tareas abiertas, primero las que vencen antes.",
    filtersLegend: "Filtrar tareas",
    queueLabel: "Cola",
    allQueues: "Todas las colas",
    showLegend: "Mostrar",
    showAll: "Todas las tareas abiertas",
    showMine: "Asignadas a mí",
    showUnassigned: "Sin asignar",
    applyFilters: "Mostrar tareas",
    caption: "Tareas abiertas, primero las que vencen antes",
    due: "Vence",
    task: "Tarea",
    claim: "Reclamo",
    claimant: "Solicitante",
    assignee: "Asignada a",
    overdue: "Vencida",
    unassigned: "Sin asignar",
    noClaim: "Sin reclamo",
    assignToMe: "Asignármela",
    assigning: "Asignando…",
    assignedToYou: "Se le asignó la tarea: {task}.",
    assignFailed: "No se pudo asignar la tarea: {reason}",
    loading: "Cargando tareas…",
    error: "No pudimos cargar la cola de trabajo.",
    empty: "Ninguna tarea abierta coincide con estos filtros.",
    emptyNext: "Elija otra cola o muestre todas las tareas abiertas.",
    loadMore: "Mostrar más tareas",
    shown: "{count, plural, one {Se muestra 1 tarea} other {Se muestran # tareas}}",
    queues: {
      ADJUDICATION: "Adjudicación",
      APPEALS: "Apelaciones",
      DOCUMENT_REVIEW: "Revisión de documentos",
      EMPLOYER_GRIEVANCE: "Quejas de empleadores",
      EMPLOYER_RESPONSE: "Respuestas de empleadores",
      OVERPAYMENTS: "Sobrepagos",
      PAYMENTS: "Pagos",
    },
    kinds: {
      REVIEW_CLAIM: "Revisar reclamo",
      EMPLOYER_RESPONSE: "Respuesta del empleador pendiente",
      HOLD_APPEAL_HEARING: "Celebrar audiencia de apelación",
      RESOLVE_PAYMENT: "Resolver problema de pago",
      REVIEW_DOCUMENT: "Revisar documento",
      REVIEW_INFO_RESPONSE: "Revisar información recibida",
      REVIEW_EMPLOYER_GRIEVANCE: "Revisar queja del empleador",
      REVIEW_OVERPAYMENT: "Revisar sobrepago",
    },
    taskStatuses: {
      OPEN: "Abierta",
      IN_PROGRESS: "En curso",
      DONE: "Terminada",
      CANCELLED: "Cancelada",
    },
    claimStatuses: {
      DRAFT: "Borrador",
      SUBMITTED: "Enviado",
      PENDING_EMPLOYER_RESPONSE: "Esperando al empleador",
      IN_REVIEW: "En revisión",
      INFO_REQUESTED: "Información solicitada",
      APPROVED: "Aprobado",
      PARTIALLY_APPROVED: "Aprobado en parte",
      DENIED: "Denegado",
      WITHDRAWN: "Retirado",
      CLOSED: "Cerrado",
    },
  },
  programs: {
    heading: "Programas de esta instalación",
    program: "Programa",
    jurisdiction: "Estado",
    code: "Código",
    empty: "No hay programas activos.",
    error: "No pudimos cargar los programas.",
    errorNext: "Vuelva a cargar la página en unos minutos.",
  },
  errorPage: {
    body: "No pudimos mostrar esta página. No se perdió nada de lo que guardó. Inténtelo de nuevo o vuelva a la cola de trabajo.",
  },
};

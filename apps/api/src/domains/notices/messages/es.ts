// The notices' words in Spanish (the same keys and placeholders as en.ts).
import type { NoticeCatalog } from "./en.ts";

export const es: NoticeCatalog = {
  document: {
    agencyLine: "{programName}",
    claimNumber: "Número de reclamo",
    noticeDate: "Fecha de este aviso",
    addressedTo: "Para",
    greeting: "Hola, {name}:",
    closing:
      "Si tiene preguntas, comuníquese con nosotros e indique su número de reclamo. Puede leer este aviso y todos los demás avisos de su reclamo en el portal.",
    footer: "{programName} · Reclamo {claimNumber} · Página {page} de {pages}",
    appealHeading: "Su derecho a apelar",
    appealText:
      "Si no está de acuerdo con esta decisión, puede apelar a más tardar el {appealDeadline}. Apelar es gratis. Presente su apelación en el portal o comuníquese con nosotros.",
    employerAppealText:
      "Si el empleador no está de acuerdo con esta decisión, puede apelar a más tardar el {appealDeadline}.",
    downloadLine: "Lea o descargue este aviso (PDF): {url}",
  },
  facts: {
    weeklyBenefitAmount: "Beneficio semanal",
    benefitWeeks: "Semanas de beneficios",
    approvedLeave: "Licencia aprobada",
    dateRange: "del {startDate} al {endDate}",
    reason: "Motivo",
    dueDate: "Responda a más tardar el",
    hearingAt: "Fecha y hora de la audiencia",
    appealOutcome: "Decisión de la apelación",
    appealDeadline: "Último día para apelar",
    grievanceReason: "Conclusión",
    planAdministrator: "El plan de su empleador",
    planPhone: "Teléfono para reclamos",
    planEmail: "Correo electrónico para reclamos",
  },
  appealOutcomes: {
    AFFIRMED: "Se confirmó la decisión.",
    REVERSED: "Se revocó la decisión.",
    MODIFIED: "Se modificó la decisión.",
    DISMISSED: "La apelación fue desestimada.",
  },
  grievanceOutcomes: {
    UPHELD: "Concluimos que la información del empleador no cambia su reclamo. Su reclamo sigue como antes.",
    RETURNED_TO_REVIEW:
      "Concluimos que la información del empleador podría cambiar su reclamo. Un adjudicador revisará su reclamo de nuevo y le enviará un aviso con el resultado.",
  },
  employerGrievanceOutcomes: {
    UPHELD: "Concluimos que la información que envió no cambia el reclamo. El reclamo sigue como antes.",
    RETURNED_TO_REVIEW:
      "Concluimos que la información que envió podría cambiar el reclamo. Un adjudicador revisará el reclamo de nuevo; se le informará de cualquier nueva decisión.",
  },
  grievanceReasons: {
    EVIDENCE_INSUFFICIENT: "Las pruebas no muestran que los datos del reclamo sean incorrectos",
    FACTS_DO_NOT_AFFECT_ELIGIBILITY: "Los datos en cuestión no cambian la elegibilidad ni el beneficio",
    CLAIMANT_EVIDENCE_PREVAILS: "Los registros del solicitante pesan más que los del empleador",
    EMPLOYMENT_FACTS_CORRECTED: "Hay que corregir los datos de empleo",
    LEAVE_DATES_CORRECTED: "Hay que corregir las fechas de la licencia",
    WAGES_CORRECTED: "Hay que corregir los salarios",
    OTHER_COVERAGE_FOUND: "Otra licencia pagada o un plan privado podría cubrir la licencia",
  },
  denialReasons: {
    INSUFFICIENT_EARNINGS: "No tiene suficientes salarios u horas en el período base",
    NOT_COVERED_REASON: "El motivo de la licencia o la relación familiar no está cubierto",
    INSUFFICIENT_CERTIFICATION: "La certificación no respalda la licencia",
    NOT_EMPLOYED: "No trabajó para un empleador cubierto el tiempo suficiente",
    LEAVE_EXHAUSTED: "No le quedan semanas de licencia en el año de beneficios",
    LATE_APPLICATION: "Presentó la solicitud después del plazo sin causa justificada",
    OTHER: "Otro motivo, explicado en este aviso",
  },
  kinds: {
    ACKNOWLEDGMENT: {
      title: "Recibimos su solicitud",
      subject: "Recibimos su solicitud {claimNumber}",
      body: "Recibimos su solicitud de {programName}. Su número de reclamo es {claimNumber}. Le pedimos a su empleador que confirme su información a más tardar el {dueDate}. No necesita hacer nada ahora; le avisaremos si necesitamos más información.",
    },
    INFO_REQUEST: {
      title: "Solicitud de información",
      subject: "Necesitamos más información para el reclamo {claimNumber}",
      body: "Para decidir su reclamo necesitamos más información:\n\n{message}\n\nResponda a más tardar el {dueDate}. Si no puede, comuníquese con nosotros y le ayudaremos.",
    },
    APPROVAL: {
      title: "Aviso de decisión: aprobada",
      subject: "Su licencia fue aprobada (reclamo {claimNumber})",
      body: "Su licencia de {programName} del {startDate} al {endDate} fue aprobada. Su beneficio semanal es {weeklyBenefitAmount}.\n\n{reason}",
    },
    PARTIAL_APPROVAL: {
      title: "Aviso de decisión: aprobada en parte",
      subject: "Parte de su licencia fue aprobada (reclamo {claimNumber})",
      body: "Parte de su licencia de {programName} fue aprobada: del {startDate} al {endDate}, con un beneficio semanal de {weeklyBenefitAmount}. El resto de la licencia que pidió no fue aprobado.\n\n{reason}",
    },
    DENIAL: {
      title: "Aviso de decisión: negada",
      subject: "Su solicitud fue negada (reclamo {claimNumber})",
      body: "No pudimos aprobar su solicitud de {programName}. Motivo: {denialReason}.\n\n{reason}",
    },
    WITHDRAWAL: {
      title: "Su solicitud fue retirada",
      subject: "Su solicitud fue retirada (reclamo {claimNumber})",
      body: "Su solicitud de {programName} {claimNumber} fue retirada. Puede volver a solicitar en cualquier momento.",
    },
    APPEAL_ACKNOWLEDGMENT: {
      title: "Recibimos la apelación",
      subject: "Recibimos su apelación (reclamo {claimNumber})",
      body: "Recibimos la apelación del reclamo {claimNumber}. Un oficial de apelaciones programará una audiencia e informará la fecha a todas las partes.",
    },
    HEARING_SCHEDULED: {
      title: "Aviso de audiencia",
      subject: "Su audiencia de apelación está programada (reclamo {claimNumber})",
      body: "La audiencia de la apelación del reclamo {claimNumber} está programada para el {hearingAt}. Si no puede asistir, comuníquese con nosotros antes de esa fecha.",
    },
    APPEAL_DECISION: {
      title: "Aviso de decisión de la apelación",
      subject: "Se tomó una decisión sobre la apelación (reclamo {claimNumber})",
      body: "Se decidió la apelación del reclamo {claimNumber}. {appealOutcome}\n\n{reason}",
    },
    GRIEVANCE_FINDING: {
      title: "Aviso de conclusión sobre la impugnación de su empleador",
      subject: "Revisamos la respuesta de su empleador (reclamo {claimNumber})",
      body: "Su empleador no estuvo de acuerdo con algunos datos de su reclamo de {programName} {claimNumber}. Revisamos la información. {grievanceOutcome}",
    },
    LEAVE_EXTENSION_APPROVAL: {
      title: "Aviso de decisión: licencia extendida",
      subject: "Su licencia fue extendida (reclamo {claimNumber})",
      body: "Aprobamos su solicitud de extender su licencia de {programName}. Su licencia ahora termina el {endDate}. Su beneficio semanal sigue siendo {weeklyBenefitAmount} y las semanas añadidas se pagan como las demás.\n\n{reason}",
    },
    LEAVE_EXTENSION_DENIAL: {
      title: "Aviso de decisión: extensión no aprobada",
      subject: "Su solicitud de extender su licencia no fue aprobada (reclamo {claimNumber})",
      body: "No pudimos aprobar su solicitud de extender su licencia de {programName}. Motivo: {denialReason}. Su licencia aprobada sigue terminando el {endDate}.\n\n{reason}\n\nSi no está de acuerdo, o si su situación cambia, comuníquese con nosotros e indique su número de reclamo.",
    },
    PRIVATE_PLAN_REFERRAL: {
      title: "Su empleador tiene un plan privado",
      subject: "Su reclamo pasa al plan privado de su empleador (reclamo {claimNumber})",
      body: "Su empleador ofrece licencia pagada mediante un plan privado aprobado, administrado por {planAdministrator}. Ese plan, y no el estado, decide y paga su reclamo {claimNumber}. Cerramos el reclamo aquí y no pagaremos beneficios por él.\n\nComuníquese con el plan para reclamar sus beneficios: su teléfono y correo electrónico están abajo. Indique las fechas de su licencia y este número de reclamo.",
    },
  },
  employerKinds: {
    APPROVAL: {
      title: "Aviso al empleador: reclamo aprobado",
      subject: "Decisión sobre el reclamo {claimNumber}: aprobado",
      body: "Se tomó una decisión sobre el reclamo de {programName} {claimNumber} de {claimantFullName}. {employerWording} Licencia aprobada: del {startDate} al {endDate}.",
    },
    PARTIAL_APPROVAL: {
      title: "Aviso al empleador: reclamo aprobado en parte",
      subject: "Decisión sobre el reclamo {claimNumber}: aprobado en parte",
      body: "Se tomó una decisión sobre el reclamo de {programName} {claimNumber} de {claimantFullName}. {employerWording} Licencia aprobada: del {startDate} al {endDate}.",
    },
    DENIAL: {
      title: "Aviso al empleador: reclamo negado",
      subject: "Decisión sobre el reclamo {claimNumber}: negado",
      body: "Se tomó una decisión sobre el reclamo de {programName} {claimNumber} de {claimantFullName}. {employerWording}",
    },
    GRIEVANCE_FINDING: {
      title: "Aviso al empleador: conclusión sobre su impugnación",
      subject: "Conclusión sobre su impugnación del reclamo {claimNumber}",
      body: "Revisamos su impugnación del reclamo de {programName} {claimNumber} de {claimantFullName}. {grievanceOutcome}",
    },
    LEAVE_EXTENSION_APPROVAL: {
      title: "Aviso al empleador: licencia extendida",
      subject: "Licencia extendida en el reclamo {claimNumber}",
      body: "Se extendió la licencia del reclamo de {programName} {claimNumber} de {claimantFullName}. Licencia aprobada: del {startDate} al {endDate}.",
    },
    APPEAL_DECISION: {
      title: "Aviso al empleador: decisión de la apelación",
      subject: "Decisión de la apelación del reclamo {claimNumber}",
      body: "Se decidió la apelación del reclamo de {programName} {claimNumber} de {claimantFullName}. {employerWording}",
    },
  },
};

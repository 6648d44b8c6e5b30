// The words of the emails to leave administrators, in English and Spanish. Calendar dates arrive
// as "YYYY-MM-DD" and are written out in the recipient's language (read as UTC, so the day
// never shifts with the server's zone).
import type { Language } from "@openleave/db";

export interface EmployerClaimFacts {
  claimNumber: string;
  programName: string;
  employerName: string;
  workerName: string;
  dueDate: string;
  /** The claim's page in the employer portal, when the portal's address is known. */
  link: string | null;
}

export interface EmployerDecisionFacts extends Omit<EmployerClaimFacts, "dueDate"> {
  outcome: "APPROVED" | "PARTIALLY_APPROVED" | "DENIED";
  startDate: string | null;
  endDate: string | null;
  appealDeadline: string;
}

export function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === "ES" ? "es-US" : "en-US", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

const where = (f: { link: string | null }, language: Language) =>
  language === "ES"
    ? f.link
      ? `Ábralo en el portal de empleadores: ${f.link}`
      : "Inicie sesión en el portal de empleadores para verlo."
    : f.link
      ? `Open it in the employer portal: ${f.link}`
      : "Sign in to the employer portal to see it.";

export function employerResponseRequestedEmail(language: Language, f: EmployerClaimFacts) {
  const due = longDate(f.dueDate, language);
  if (language === "ES")
    return {
      subject: `Se necesita su respuesta antes del ${due} (reclamo ${f.claimNumber})`,
      body: `Hola:\n\n${f.workerName} presentó una solicitud de ${f.programName} (reclamo ${f.claimNumber}) que nombra a ${f.employerName} como empleador. Confirme o corrija los datos de empleo, o impugne la solicitud, a más tardar el ${due}. Después de esa fecha no podremos aceptar su respuesta.\n\n${where(f, language)}`,
    };
  return {
    subject: `Your response is needed by ${due} (claim ${f.claimNumber})`,
    body: `Hello,\n\n${f.workerName} applied for ${f.programName} (claim ${f.claimNumber}) and named ${f.employerName} as the employer. Please confirm or correct the employment facts, or contest the claim, by ${due}. After that date we cannot accept your response.\n\n${where(f, language)}`,
  };
}

export function employerResponseReminderEmail(language: Language, f: EmployerClaimFacts) {
  const due = longDate(f.dueDate, language);
  if (language === "ES")
    return {
      subject: `Recordatorio: responda antes del ${due} (reclamo ${f.claimNumber})`,
      body: `Hola:\n\nTodavía no recibimos la respuesta de ${f.employerName} sobre el reclamo ${f.claimNumber} de ${f.workerName}. El plazo vence el ${due}. Si no responde, decidiremos el reclamo con la información que tenemos.\n\n${where(f, language)}`,
    };
  return {
    subject: `Reminder: respond by ${due} (claim ${f.claimNumber})`,
    body: `Hello,\n\nWe have not yet received ${f.employerName}'s response to ${f.workerName}'s claim ${f.claimNumber}. The deadline is ${due}. Without a response we will decide the claim on the information we have.\n\n${where(f, language)}`,
  };
}

const OUTCOME: Record<Language, Record<EmployerDecisionFacts["outcome"], string>> = {
  EN: { APPROVED: "approved", PARTIALLY_APPROVED: "approved in part", DENIED: "denied" },
  ES: { APPROVED: "aprobado", PARTIALLY_APPROVED: "aprobado en parte", DENIED: "denegado" },
};

export function employerDecisionEmail(language: Language, f: EmployerDecisionFacts) {
  const outcome = OUTCOME[language][f.outcome];
  const appealBy = longDate(f.appealDeadline, language);
  const dates =
    f.startDate && f.endDate
      ? language === "ES"
        ? ` La licencia aprobada va del ${longDate(f.startDate, language)} al ${longDate(f.endDate, language)}.`
        : ` The approved leave is from ${longDate(f.startDate, language)} to ${longDate(f.endDate, language)}.`
      : "";
  if (language === "ES")
    return {
      subject: `Decisión sobre el reclamo ${f.claimNumber}: ${outcome}`,
      body: `Hola:\n\nEl reclamo ${f.claimNumber} de ${f.workerName} (${f.programName}) fue ${outcome}.${dates} Si ${f.employerName} no está de acuerdo, puede apelar a más tardar el ${appealBy}.\n\n${where(f, language)}`,
    };
  return {
    subject: `Decision on claim ${f.claimNumber}: ${outcome}`,
    body: `Hello,\n\n${f.workerName}'s ${f.programName} claim ${f.claimNumber} was ${outcome}.${dates} If ${f.employerName} disagrees, it may appeal by ${appealBy}.\n\n${where(f, language)}`,
  };
}

export interface EmployerGrievanceFacts extends Omit<EmployerClaimFacts, "dueDate"> {
  outcome: "UPHELD" | "RETURNED_TO_REVIEW";
}

/** Staff decided the employer's contest: what they found, in words that name no condition. */
export function employerGrievanceFindingEmail(language: Language, f: EmployerGrievanceFacts) {
  if (language === "ES")
    return {
      subject: `Conclusión sobre su impugnación del reclamo ${f.claimNumber}`,
      body: `Hola:\n\nRevisamos la impugnación de ${f.employerName} del reclamo ${f.claimNumber} de ${f.workerName} (${f.programName}). ${
        f.outcome === "UPHELD"
          ? "Concluimos que la información que envió no cambia el reclamo; el reclamo sigue como antes."
          : "Concluimos que la información que envió podría cambiar el reclamo; un adjudicador lo revisará de nuevo y se le informará de cualquier nueva decisión."
      }\n\n${where(f, language)}`,
    };
  return {
    subject: `Finding on your contest of claim ${f.claimNumber}`,
    body: `Hello,\n\nWe reviewed ${f.employerName}'s contest of ${f.workerName}'s ${f.programName} claim ${f.claimNumber}. ${
      f.outcome === "UPHELD"
        ? "We found that the information you sent does not change the claim; the claim continues as before."
        : "We found that the information you sent may change the claim; an adjudicator will review it again and you will be told of any new decision."
    }\n\n${where(f, language)}`,
  };
}

export interface EmployerPrivatePlanFacts extends Omit<EmployerClaimFacts, "dueDate"> {
  planAdministrator: string;
}

/** A claim of the employer's worker went to its approved private plan: the state will not decide or pay it. */
export function employerPrivatePlanClaimEmail(language: Language, f: EmployerPrivatePlanFacts) {
  if (language === "ES")
    return {
      subject: `El reclamo ${f.claimNumber} pasa a su plan privado`,
      body: `Hola:\n\n${f.workerName} presentó una solicitud de ${f.programName} (reclamo ${f.claimNumber}) que nombra a ${f.employerName} como empleador. Su plan privado aprobado, administrado por ${f.planAdministrator}, cubre esta licencia: el plan decide y paga el reclamo, no el estado. No necesita responder al estado. Le indicamos al trabajador cómo comunicarse con el plan; asegúrese de que ${f.planAdministrator} esté listo para recibir su reclamo.\n\n${where(f, language)}`,
    };
  return {
    subject: `Claim ${f.claimNumber} goes to your private plan`,
    body: `Hello,\n\n${f.workerName} applied for ${f.programName} (claim ${f.claimNumber}) and named ${f.employerName} as the employer. Your approved private plan, run by ${f.planAdministrator}, covers this leave: the plan, not the state, decides and pays the claim. You do not need to respond to the state. We told the worker how to reach the plan; make sure ${f.planAdministrator} is ready to take their claim.\n\n${where(f, language)}`,
  };
}

// The words of the emails that are not notices (a notice's email is the notice itself, already
// in the recipient's language). English and Spanish; money and dates arrive formatted.
import type { Language } from "@openleave/db";

export interface PaymentSentFacts {
  firstName: string;
  claimNumber: string;
  net: string;
  weekStart: string;
  weekEnd: string;
  method: "ACH" | "CHECK";
}

export interface HearingFacts {
  firstName: string;
  claimNumber: string;
  hearingAt: string;
}

// Made once: a payment run formats 100,000 amounts.
const MONEY = {
  EN: new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }),
  ES: new Intl.NumberFormat("es-US", { style: "currency", currency: "USD" }),
};
// A decimal string, formatted as a string (Intl formats decimal strings exactly, no float).
const money = (amount: string, language: Language) =>
  MONEY[language === "ES" ? "ES" : "EN"].format(amount as unknown as number);

export function paymentSentEmail(language: Language, f: PaymentSentFacts) {
  const amount = money(f.net, language);
  if (language === "ES")
    return {
      subject: `Enviamos su pago de ${amount} (reclamo ${f.claimNumber})`,
      body: `Hola, ${f.firstName}:\n\nEnviamos su pago de ${amount} por la semana del ${f.weekStart} al ${f.weekEnd}, ${
        f.method === "ACH"
          ? "por depósito directo. Suele llegar en uno o dos días hábiles."
          : "por cheque a su dirección postal."
      }\n\nPuede ver sus pagos en el portal.`,
    };
  return {
    subject: `We sent your payment of ${amount} (claim ${f.claimNumber})`,
    body: `Hello ${f.firstName},\n\nWe sent your payment of ${amount} for the week of ${f.weekStart} to ${f.weekEnd}, ${
      f.method === "ACH"
        ? "by direct deposit. It usually arrives in one or two business days."
        : "by check to your mailing address."
    }\n\nYou can see your payments in the portal.`,
  };
}

export function hearingScheduledEmail(language: Language, f: HearingFacts) {
  if (language === "ES")
    return {
      subject: `Su audiencia de apelación está programada (reclamo ${f.claimNumber})`,
      body: `Hola, ${f.firstName}:\n\nLa audiencia de su apelación está programada para ${f.hearingAt}. Si no puede asistir, comuníquese con nosotros antes de esa fecha.`,
    };
  return {
    subject: `Your appeal hearing is scheduled (claim ${f.claimNumber})`,
    body: `Hello ${f.firstName},\n\nThe hearing of your appeal is scheduled for ${f.hearingAt}. If you cannot attend, contact us before then.`,
  };
}

export interface PaymentMethodFacts {
  firstName: string;
  method: "ACH" | "CHECK";
  /** "••••6789" for a bank account; never the number itself. */
  accountMasked: string | null;
}

/** Confirms a change of how benefits are paid, so a change the person did not make is noticed. */
export function paymentMethodChangedEmail(language: Language, f: PaymentMethodFacts) {
  if (language === "ES")
    return {
      subject: "Cambió cómo recibe sus pagos",
      body: `Hola, ${f.firstName}:\n\nDesde ahora le pagaremos ${
        f.method === "ACH"
          ? `por depósito directo a la cuenta ${f.accountMasked ?? ""}`
          : "por cheque a su dirección postal"
      }.\n\nSi usted no hizo este cambio, comuníquese con nosotros de inmediato y cambie su contraseña.`,
    };
  return {
    subject: "How you are paid has changed",
    body: `Hello ${f.firstName},\n\nFrom now on we will pay you ${
      f.method === "ACH"
        ? `by direct deposit to the account ${f.accountMasked ?? ""}`
        : "by check to your mailing address"
    }.\n\nIf you did not make this change, contact us right away and change your password.`,
  };
}

// A calendar date written out in the reader's language ("December 7, 2026", "7 de diciembre de
// 2026"); formatted in UTC because the value is a date, not an instant.
const LONG_DATE = {
  EN: new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }),
  ES: new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" }),
};
const longDate = (date: string, language: Language) =>
  LONG_DATE[language === "ES" ? "ES" : "EN"].format(new Date(`${date}T00:00:00Z`));

export interface InfoRequestReminderFacts {
  firstName: string;
  claimNumber: string;
  /** YYYY-MM-DD */
  dueDate: string;
  link: string | null;
}

/** A request for information is due soon and has not been answered. */
export function infoRequestReminderEmail(language: Language, f: InfoRequestReminderFacts) {
  const due = longDate(f.dueDate, language);
  if (language === "ES")
    return {
      subject: `Recordatorio: responda antes del ${due} (reclamo ${f.claimNumber})`,
      body: `Hola, ${f.firstName}:\n\nLe pedimos información para decidir su reclamo ${f.claimNumber} y aún no hemos recibido su respuesta. Respóndanos a más tardar el ${due}; después de esa fecha decidiremos con la información que tenemos.${
        f.link ? `\n\nResponda aquí: ${f.link}` : "\n\nPuede responder en el portal."
      }`,
    };
  return {
    subject: `Reminder: please answer by ${due} (claim ${f.claimNumber})`,
    body: `Hello ${f.firstName},\n\nWe asked you for information to decide your claim ${f.claimNumber} and have not received your answer yet. Please answer by ${due}; after that date we will decide with the information we have.${
      f.link ? `\n\nAnswer here: ${f.link}` : "\n\nYou can answer in the portal."
    }`,
  };
}

export interface AppealDeadlineReminderFacts {
  firstName: string;
  claimNumber: string;
  outcome: "DENIED" | "PARTIALLY_APPROVED";
  /** YYYY-MM-DD */
  appealDeadline: string;
  link: string | null;
}

/** The last days to appeal a decision that denied all or part of the leave. */
export function appealDeadlineReminderEmail(language: Language, f: AppealDeadlineReminderFacts) {
  const last = longDate(f.appealDeadline, language);
  if (language === "ES")
    return {
      subject: `Puede apelar hasta el ${last} (reclamo ${f.claimNumber})`,
      body: `Hola, ${f.firstName}:\n\n${
        f.outcome === "DENIED"
          ? `Negamos su reclamo ${f.claimNumber}.`
          : `Aprobamos solo una parte de la licencia de su reclamo ${f.claimNumber}.`
      } Si no está de acuerdo con la decisión, puede apelar hasta el ${last}. Después de esa fecha ya no se puede apelar.${
        f.link ? `\n\nVea la decisión y apele aquí: ${f.link}` : "\n\nPuede apelar en el portal."
      }`,
    };
  return {
    subject: `You can appeal until ${last} (claim ${f.claimNumber})`,
    body: `Hello ${f.firstName},\n\n${
      f.outcome === "DENIED"
        ? `We denied your claim ${f.claimNumber}.`
        : `We approved only part of the leave on your claim ${f.claimNumber}.`
    } If you disagree with the decision, you can appeal until ${last}. After that date an appeal is no longer possible.${
      f.link ? `\n\nSee the decision and appeal here: ${f.link}` : "\n\nYou can appeal in the portal."
    }`,
  };
}

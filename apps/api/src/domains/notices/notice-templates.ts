// Plain-language notice templates in English and Spanish. A notice stores the template version
// it was rendered with, so it can be shown exactly as sent even after the wording changes.
import type { Language, NoticeKind } from "@openleave/db";

export const NOTICE_TEMPLATE_VERSION = 1;

export interface NoticeFacts {
  claimNumber: string;
  programName: string;
  claimantName: string;
  weeklyBenefitAmount?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  reason?: string | null;
  dueDate?: string | null;
  appealDeadline?: string | null;
  message?: string | null;
}

type Template = (facts: NoticeFacts) => { subject: string; body: string };

const en: Partial<Record<NoticeKind, Template>> = {
  ACKNOWLEDGMENT: (f) => ({
    subject: `We received your application ${f.claimNumber}`,
    body: `Hello ${f.claimantName},\n\nWe received your ${f.programName} application. Your claim number is ${f.claimNumber}. We have asked your employer to confirm your information${f.dueDate ? ` by ${f.dueDate}` : ""}. You do not need to do anything now; we will contact you if we need more information.`,
  }),
  INFO_REQUEST: (f) => ({
    subject: `We need more information for claim ${f.claimNumber}`,
    body: `Hello ${f.claimantName},\n\nTo decide your claim we need more information:\n\n${f.message ?? ""}\n\nPlease respond by ${f.dueDate}. If you cannot, contact us and we will help.`,
  }),
  APPROVAL: (f) => ({
    subject: `Your leave is approved (claim ${f.claimNumber})`,
    body: `Hello ${f.claimantName},\n\nYour ${f.programName} leave from ${f.startDate} to ${f.endDate} is approved. Your weekly benefit is $${f.weeklyBenefitAmount}. ${f.reason ?? ""}\n\nIf you disagree with this decision, you can appeal by ${f.appealDeadline}.`,
  }),
  PARTIAL_APPROVAL: (f) => ({
    subject: `Part of your leave is approved (claim ${f.claimNumber})`,
    body: `Hello ${f.claimantName},\n\nPart of your ${f.programName} leave is approved: ${f.startDate} to ${f.endDate}, with a weekly benefit of $${f.weeklyBenefitAmount}. ${f.reason ?? ""}\n\nIf you disagree with this decision, you can appeal by ${f.appealDeadline}.`,
  }),
  DENIAL: (f) => ({
    subject: `Your application was denied (claim ${f.claimNumber})`,
    body: `Hello ${f.claimantName},\n\nWe could not approve your ${f.programName} application. ${f.reason ?? ""}\n\nIf you disagree with this decision, you can appeal by ${f.appealDeadline}. An appeal is free.`,
  }),
  WITHDRAWAL: (f) => ({
    subject: `Your application was withdrawn (claim ${f.claimNumber})`,
    body: `Hello ${f.claimantName},\n\nYour ${f.programName} application ${f.claimNumber} was withdrawn. You can apply again at any time.`,
  }),
  APPEAL_ACKNOWLEDGMENT: (f) => ({
    subject: `We received your appeal (claim ${f.claimNumber})`,
    body: `Hello ${f.claimantName},\n\nWe received the appeal on claim ${f.claimNumber}. An appeals officer will schedule a hearing and tell everyone involved the date.`,
  }),
  APPEAL_DECISION: (f) => ({
    subject: `A decision was made on the appeal (claim ${f.claimNumber})`,
    body: `Hello ${f.claimantName},\n\nThe appeal on claim ${f.claimNumber} was decided: ${f.reason ?? ""}`,
  }),
};

const es: Partial<Record<NoticeKind, Template>> = {
  ACKNOWLEDGMENT: (f) => ({
    subject: `Recibimos su solicitud ${f.claimNumber}`,
    body: `Hola ${f.claimantName}:\n\nRecibimos su solicitud de ${f.programName}. Su número de reclamo es ${f.claimNumber}. Le pedimos a su empleador que confirme su información${f.dueDate ? ` antes del ${f.dueDate}` : ""}. No necesita hacer nada ahora; le avisaremos si necesitamos más información.`,
  }),
  INFO_REQUEST: (f) => ({
    subject: `Necesitamos más información para el reclamo ${f.claimNumber}`,
    body: `Hola ${f.claimantName}:\n\nPara decidir su reclamo necesitamos más información:\n\n${f.message ?? ""}\n\nResponda antes del ${f.dueDate}. Si no puede, comuníquese con nosotros y le ayudaremos.`,
  }),
  APPROVAL: (f) => ({
    subject: `Su licencia fue aprobada (reclamo ${f.claimNumber})`,
    body: `Hola ${f.claimantName}:\n\nSu licencia de ${f.programName} del ${f.startDate} al ${f.endDate} fue aprobada. Su beneficio semanal es $${f.weeklyBenefitAmount}. ${f.reason ?? ""}\n\nSi no está de acuerdo con esta decisión, puede apelar antes del ${f.appealDeadline}.`,
  }),
  PARTIAL_APPROVAL: (f) => ({
    subject: `Parte de su licencia fue aprobada (reclamo ${f.claimNumber})`,
    body: `Hola ${f.claimantName}:\n\nParte de su licencia de ${f.programName} fue aprobada: del ${f.startDate} al ${f.endDate}, con un beneficio semanal de $${f.weeklyBenefitAmount}. ${f.reason ?? ""}\n\nSi no está de acuerdo con esta decisión, puede apelar antes del ${f.appealDeadline}.`,
  }),
  DENIAL: (f) => ({
    subject: `Su solicitud fue negada (reclamo ${f.claimNumber})`,
    body: `Hola ${f.claimantName}:\n\nNo pudimos aprobar su solicitud de ${f.programName}. ${f.reason ?? ""}\n\nSi no está de acuerdo con esta decisión, puede apelar antes del ${f.appealDeadline}. Apelar es gratis.`,
  }),
  WITHDRAWAL: (f) => ({
    subject: `Su solicitud fue retirada (reclamo ${f.claimNumber})`,
    body: `Hola ${f.claimantName}:\n\nSu solicitud de ${f.programName} ${f.claimNumber} fue retirada. Puede volver a solicitar en cualquier momento.`,
  }),
  APPEAL_ACKNOWLEDGMENT: (f) => ({
    subject: `Recibimos su apelación (reclamo ${f.claimNumber})`,
    body: `Hola ${f.claimantName}:\n\nRecibimos la apelación del reclamo ${f.claimNumber}. Un oficial de apelaciones programará una audiencia e informará la fecha a todas las partes.`,
  }),
  APPEAL_DECISION: (f) => ({
    subject: `Se tomó una decisión sobre la apelación (reclamo ${f.claimNumber})`,
    body: `Hola ${f.claimantName}:\n\nSe decidió la apelación del reclamo ${f.claimNumber}: ${f.reason ?? ""}`,
  }),
};

const TEMPLATES: Record<Language, Partial<Record<NoticeKind, Template>>> = { EN: en, ES: es };

export function renderNotice(kind: NoticeKind, language: Language, facts: NoticeFacts) {
  const template = TEMPLATES[language][kind] ?? TEMPLATES.EN[kind];
  if (!template) throw new Error(`No notice template for ${kind}`);
  return { ...template(facts), templateVersion: NOTICE_TEMPLATE_VERSION };
}

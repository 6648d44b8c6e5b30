// The emails about the account itself, in the language the account holder chose. Links in them
// are one-time tokens: the messages go to the mailer only, never to logs.
import type { Language } from "@openleave/db";
import type { MailMessage } from "../mail/mailer.ts";

type Template = (values: { link: string; portalUrl: string }) => { subject: string; text: string };

const VERIFY: Record<Language, Template> = {
  EN: ({ link }) => ({
    subject: "Confirm your email address for OpenLeave",
    text: `Welcome to OpenLeave. To confirm that this is your email address, open this link within 24 hours:\n\n${link}\n\nYou need to confirm it before you can submit an application. If you did not create an account, you can ignore this email.`,
  }),
  ES: ({ link }) => ({
    subject: "Confirme su correo electrónico para OpenLeave",
    text: `Bienvenido a OpenLeave. Para confirmar que este es su correo electrónico, abra este enlace en las próximas 24 horas:\n\n${link}\n\nDebe confirmarlo antes de poder enviar una solicitud. Si usted no creó una cuenta, puede ignorar este mensaje.`,
  }),
};

const ALREADY_REGISTERED: Record<Language, Template> = {
  EN: ({ portalUrl }) => ({
    subject: "Someone tried to create an OpenLeave account with your email",
    text: `Someone tried to create a new OpenLeave account with this email address, which already has an account. If it was you, sign in at ${portalUrl}/sign-in, or reset your password at ${portalUrl}/forgot-password.\n\nIf it was not you, you do not need to do anything: no new account was created.`,
  }),
  ES: ({ portalUrl }) => ({
    subject: "Alguien intentó crear una cuenta de OpenLeave con su correo",
    text: `Alguien intentó crear una cuenta nueva de OpenLeave con este correo electrónico, que ya tiene una cuenta. Si fue usted, inicie sesión en ${portalUrl}/sign-in o restablezca su contraseña en ${portalUrl}/forgot-password.\n\nSi no fue usted, no tiene que hacer nada: no se creó ninguna cuenta.`,
  }),
};

const PASSWORD_CHANGED: Record<Language, Template> = {
  EN: ({ portalUrl }) => ({
    subject: "Your OpenLeave password was changed",
    text: `The password for your OpenLeave account was just changed, and every other device signed in to it was signed out.\n\nIf you did not do this, reset your password now at ${portalUrl}/forgot-password and contact us.`,
  }),
  ES: ({ portalUrl }) => ({
    subject: "Se cambió su contraseña de OpenLeave",
    text: `Se acaba de cambiar la contraseña de su cuenta de OpenLeave y se cerró la sesión en todos los demás dispositivos.\n\nSi usted no hizo este cambio, restablezca su contraseña ahora en ${portalUrl}/forgot-password y comuníquese con nosotros.`,
  }),
};

export const ACCOUNT_EMAILS = {
  verify: VERIFY,
  alreadyRegistered: ALREADY_REGISTERED,
  passwordChanged: PASSWORD_CHANGED,
} as const;

export function accountEmail(
  kind: keyof typeof ACCOUNT_EMAILS,
  to: { email: string; preferredLanguage: Language },
  values: { link?: string; portalUrl: string },
): MailMessage {
  const { subject, text } = ACCOUNT_EMAILS[kind][to.preferredLanguage]({ link: values.link ?? "", ...values });
  return { to: to.email, subject, text };
}

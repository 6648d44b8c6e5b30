// The words of the invitation a program administrator sends a new staff member, in the language
// the administrator chose for them. The link holds a one-time token: the outbox row's copy is
// blanked once the password is set (`redactStaffInvitationLink`).
import type { Language, Prisma } from "@openleave/db";

export const STAFF_INVITATION_TTL_DAYS = 7;

/** The outbox key of the invitation email carrying this set-password token. */
export const staffInvitationEmailKey = (tokenId: string) => `staff-invitation:${tokenId}`;

export function staffInvitationEmail(language: Language, f: { name: string; invitedBy: string; link: string }) {
  if (language === "ES")
    return {
      subject: "Le invitaron a la consola de personal de OpenLeave",
      body: `Hola, ${f.name}:\n\n${f.invitedBy} le dio una cuenta en la consola de personal de OpenLeave. Para empezar, elija su contraseña en este enlace dentro de ${STAFF_INVITATION_TTL_DAYS} días (funciona una sola vez):\n\n${f.link}\n\nSi no esperaba este mensaje, no haga nada: la cuenta no se puede usar sin contraseña.`,
    };
  return {
    subject: "You are invited to the OpenLeave staff console",
    body: `Hello ${f.name},\n\n${f.invitedBy} gave you an account on the OpenLeave staff console. To start, choose your password with this link within ${STAFF_INVITATION_TTL_DAYS} days (it works once):\n\n${f.link}\n\nIf you did not expect this, do nothing: the account cannot be used without a password.`,
  };
}

/** Once a set-password token is used or withdrawn, the stored email no longer holds it. */
export async function redactStaffInvitationLink(tx: Prisma.TransactionClient, tokenIds: string[]) {
  if (tokenIds.length === 0) return;
  await tx.emailOutbox.updateMany({
    where: { key: { in: tokenIds.map(staffInvitationEmailKey) } },
    data: { body: "(This invitation's link was used or withdrawn and is no longer shown.)" },
  });
}

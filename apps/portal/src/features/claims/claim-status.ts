// How each claim status looks to a claimant: its tone. Labels and help text live in the
// message catalogs (claims.statuses / claims.statusHelp).
import type { Tone } from "./status-tones";

export const CLAIM_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "PENDING_EMPLOYER_RESPONSE",
  "IN_REVIEW",
  "INFO_REQUESTED",
  "APPROVED",
  "PARTIALLY_APPROVED",
  "DENIED",
  "WITHDRAWN",
  "CLOSED",
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

const TONE_BY_STATUS: Record<ClaimStatus, Tone> = {
  DRAFT: "neutral",
  SUBMITTED: "progress",
  PENDING_EMPLOYER_RESPONSE: "progress",
  IN_REVIEW: "progress",
  // The claimant has something to do: the one status that must stand out.
  INFO_REQUESTED: "action-needed",
  APPROVED: "good",
  PARTIALLY_APPROVED: "good",
  DENIED: "bad",
  WITHDRAWN: "closed",
  CLOSED: "closed",
};

export function toneForStatus(status: ClaimStatus): Tone {
  return TONE_BY_STATUS[status];
}

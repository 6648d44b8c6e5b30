/**
 * Which documents a claim must carry for its leave reason: the certification of a health
 * condition, proof of a birth or placement, the military papers behind an exigency. Cited where
 * the program's sources list them; for the other programs the product asks for what the cited
 * programs ask for the same reason (deployment policy: a deployment may ask differently).
 *
 * The document kinds are the API's `DocumentType` values, so the portal can say "still
 * missing: certification of your health condition" and the upload carries the same kind.
 */
import type { Citation } from "../core/parameter";
import type { LeaveReason } from "../core/vocabulary";
import { seedChart } from "../programs/sources";
import { type PolicyFact, cited, deploymentPolicy } from "./policy-fact";

export const CLAIM_DOCUMENT_KINDS = [
  "MEDICAL_CERTIFICATION",
  "FAMILY_CARE_CERTIFICATION",
  "BIRTH_OR_PLACEMENT_PROOF",
  "MILITARY_EXIGENCY_PROOF",
] as const;
export type ClaimDocumentKind = (typeof CLAIM_DOCUMENT_KINDS)[number];

/** What the product asks for each reason when a program's sources give no list of their own. */
const USUAL_DOCUMENTS: Readonly<Record<LeaveReason, readonly ClaimDocumentKind[]>> = {
  OWN_HEALTH: ["MEDICAL_CERTIFICATION"],
  PREGNANCY: ["MEDICAL_CERTIFICATION"],
  PRENATAL: ["MEDICAL_CERTIFICATION"],
  ORGAN_DONATION: ["MEDICAL_CERTIFICATION"],
  FAMILY_CARE: ["FAMILY_CARE_CERTIFICATION"],
  MILITARY_CAREGIVER: ["FAMILY_CARE_CERTIFICATION"],
  BONDING: ["BIRTH_OR_PLACEMENT_PROOF"],
  MILITARY_EXIGENCY: ["MILITARY_EXIGENCY_PROOF"],
  // Safe leave is attested by the claimant on the application (Colorado's attestation form);
  // nothing further is uploaded unless staff ask for it.
  SAFE_LEAVE: [],
};

const USUAL_NOTE =
  "The program's sources in this repository list no documents per reason; the product asks for what Colorado, the District of Columbia, California and the federal FMLA ask for the same reason (a health care provider's certification, proof of birth or placement, military orders).";

const FMLA_CERTIFICATION: Citation = {
  title:
    "29 CFR 825.305–825.310: certification of a serious health condition, a qualifying exigency, a service member's injury",
  section: "29 CFR 825.305, 825.309, 825.310",
  href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-C",
  grade: "A",
};

/** The programs whose sources list the documents per reason, with where they say it. */
const CITED: Readonly<
  Record<
    string,
    { readonly cite: readonly Citation[]; readonly reasons: Partial<Record<LeaveReason, readonly ClaimDocumentKind[]>> }
  >
> = {
  "CO-FAMLI": {
    cite: [seedChart("1151-1159", "Colorado FAMLI required claim documentation, 7 CCR 1107-3")],
    reasons: {
      OWN_HEALTH: ["MEDICAL_CERTIFICATION"],
      FAMILY_CARE: ["FAMILY_CARE_CERTIFICATION"],
      BONDING: ["BIRTH_OR_PLACEMENT_PROOF"],
      MILITARY_EXIGENCY: ["MILITARY_EXIGENCY_PROOF"],
      SAFE_LEAVE: [],
    },
  },
  "DC-PFL": {
    cite: [seedChart("1495-1500", "DC Paid Family Leave documentation to support the need for leave")],
    reasons: {
      OWN_HEALTH: ["MEDICAL_CERTIFICATION"],
      FAMILY_CARE: ["FAMILY_CARE_CERTIFICATION"],
      BONDING: ["BIRTH_OR_PLACEMENT_PROOF"],
      PRENATAL: ["MEDICAL_CERTIFICATION"],
    },
  },
  "CA-PFL": {
    cite: [seedChart("684-690", "California PFL documentation for each type of claim")],
    reasons: {
      FAMILY_CARE: ["FAMILY_CARE_CERTIFICATION"],
      BONDING: ["BIRTH_OR_PLACEMENT_PROOF"],
      MILITARY_EXIGENCY: ["MILITARY_EXIGENCY_PROOF"],
    },
  },
  "CA-SDI": {
    cite: [seedChart("550-551", "California SDI: medical certification by physician or practitioner")],
    reasons: { OWN_HEALTH: ["MEDICAL_CERTIFICATION"], PREGNANCY: ["MEDICAL_CERTIFICATION"] },
  },
  "US-FMLA": {
    cite: [FMLA_CERTIFICATION],
    reasons: {
      OWN_HEALTH: ["MEDICAL_CERTIFICATION"],
      PREGNANCY: ["MEDICAL_CERTIFICATION"],
      FAMILY_CARE: ["FAMILY_CARE_CERTIFICATION"],
      MILITARY_EXIGENCY: ["MILITARY_EXIGENCY_PROOF"],
      MILITARY_CAREGIVER: ["FAMILY_CARE_CERTIFICATION"],
    },
  },
};

/**
 * The documents a claim for `reason` under the program must carry. Cited where the program's
 * sources list that reason; the product's usual list otherwise.
 */
export function requiredDocumentsFor(
  jurisdiction: string,
  program: string,
  reason: LeaveReason,
): PolicyFact<readonly ClaimDocumentKind[]> {
  const listed = CITED[`${jurisdiction}-${program}`];
  const documents = listed?.reasons[reason];
  if (listed && documents) return cited(documents, listed.cite);
  return deploymentPolicy(USUAL_DOCUMENTS[reason], USUAL_NOTE);
}

import { describe, expect, it } from "vitest";
import { LEAVE_REASONS } from "../core/vocabulary";
import { PROGRAMS } from "../programs/index";
import { CLAIM_DOCUMENT_KINDS, requiredDocumentsFor } from "./required-documents";

describe("requiredDocumentsFor", () => {
  it("answers every covered reason of every program with known document kinds and a source", () => {
    for (const program of PROGRAMS) {
      for (const reason of program.coveredLeaveReasons) {
        const fact = requiredDocumentsFor(program.jurisdiction, program.code, reason);
        for (const kind of fact.value) expect(CLAIM_DOCUMENT_KINDS).toContain(kind);
        if (fact.source.kind === "cited") expect(fact.source.cite.length).toBeGreaterThan(0);
        else expect(fact.source.note.length).toBeGreaterThan(20);
      }
    }
  });

  it("cites Colorado's list: a health condition needs its certification, a birth its proof", () => {
    const ownHealth = requiredDocumentsFor("CO", "FAMLI", "OWN_HEALTH");
    expect(ownHealth.value).toEqual(["MEDICAL_CERTIFICATION"]);
    expect(ownHealth.source.kind).toBe("cited");
    expect(requiredDocumentsFor("CO", "FAMLI", "BONDING").value).toEqual(["BIRTH_OR_PLACEMENT_PROOF"]);
  });

  it("falls back to the usual list, marked deployment policy, where a program lists nothing", () => {
    const fact = requiredDocumentsFor("WA", "PFML", "FAMILY_CARE");
    expect(fact.value).toEqual(["FAMILY_CARE_CERTIFICATION"]);
    expect(fact.source.kind).toBe("deployment-policy");
    // Every reason has a usual answer, so no reason is silently without one.
    for (const reason of LEAVE_REASONS) expect(Array.isArray(requiredDocumentsFor("ZZ", "X", reason).value)).toBe(true);
  });
});

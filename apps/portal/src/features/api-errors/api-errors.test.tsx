import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { MutationOutcome } from "@openleave/web";
import { apiErrorsEn } from "@/i18n/messages/api-errors-en";
import { apiErrorsEs } from "@/i18n/messages/api-errors-es";
import { renderWithApp } from "@/test/render";
import type { ClaimPageClaim } from "../claims/claim-page/claim-page";
import { WithdrawClaim } from "../claims/claim-page/withdraw-claim";
import { LeaveHours } from "../claims/manage/leave-hours";
import { fieldIssueMessage, localizeOutcome, type ApiErrorWords } from "./localize-outcome";

vi.mock("next/navigation", () => ({ usePathname: () => "/claims/c1" }));

const es = apiErrorsEs.apiErrors;
const spanish: ApiErrorWords = {
  code: (code) => (es.codes as Record<string, string>)[code],
  field: (name) => (es.fields as Record<string, string>)[name],
  generic: es.generic,
  fieldGeneric: es.fieldGeneric,
};

/** The codes a claimant's page can get back from the API (apps/api/src/errors, auth, people, appeals). */
const CLAIMANT_CODES = [
  "INVALID_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "ILLEGAL_TRANSITION",
  "STALE_VERSION",
  "RATE_LIMITED",
  "EMAIL_NOT_VERIFIED",
  "IDENTITY_NOT_MATCHED",
  "IDENTITY_ALREADY_LINKED",
  "NOTHING_TO_APPEAL",
  "DETERMINATION_SUPERSEDED",
];

const invalid: MutationOutcome<never> = {
  kind: "invalid-input",
  message: "Some of the information you entered needs to be corrected.",
  issues: [
    {
      path: ["input", "leavePeriods", "0", "endDate"],
      message: "The last day of leave must be on or after the first.",
    },
    { path: ["leavePeriods"], message: "Applications for leave starting 2026-01-05 were due by 2026-04-05." },
    { path: ["input", "somethingNew"], message: "A message the catalog has never seen." },
  ],
};

describe("localizeOutcome", () => {
  it("keeps the API's English on an English page", () => {
    expect(localizeOutcome(invalid, null)).toBe(invalid);
  });

  it("gives each field problem the sentence of the most specific field its path names, keeping the paths", () => {
    const localized = localizeOutcome(invalid, spanish);
    expect(localized).toEqual({
      kind: "invalid-input",
      message: es.codes.INVALID_INPUT,
      issues: [
        { path: ["input", "leavePeriods", "0", "endDate"], message: es.fields.endDate },
        { path: ["leavePeriods"], message: es.fields.leavePeriods },
        { path: ["input", "somethingNew"], message: es.fieldGeneric },
      ],
    });
    expect(fieldIssueMessage([], spanish)).toBe(es.fieldGeneric);
  });

  it("replaces an error's message by its code's sentence, or the generic one for a code it does not know", () => {
    const failed = (code: string): MutationOutcome<never> => ({ kind: "failed", code, message: `English for ${code}` });
    expect(localizeOutcome(failed("STALE_VERSION"), spanish)).toEqual({
      kind: "failed",
      code: "STALE_VERSION",
      message: es.codes.STALE_VERSION,
    });
    expect(localizeOutcome(failed("SOMETHING_NEW"), spanish)).toMatchObject({ message: es.generic });
    expect(localizeOutcome({ kind: "forbidden", message: "You do not have permission to do this." }, spanish)).toEqual({
      kind: "forbidden",
      message: es.codes.FORBIDDEN,
    });
    expect(
      localizeOutcome({ kind: "rate-limited", message: "Too many attempts.", retryAfterSeconds: 90 }, spanish),
    ).toEqual({ kind: "rate-limited", message: es.codes.RATE_LIMITED, retryAfterSeconds: 90 });
    const success: MutationOutcome<string> = { kind: "success", data: "ok" };
    expect(localizeOutcome(success, spanish)).toBe(success);
  });

  it("has a Spanish sentence of its own for every code a claimant's page can receive", () => {
    for (const code of CLAIMANT_CODES) {
      const sentence = spanish.code(code);
      expect(sentence, code).toBeTruthy();
      expect(sentence, code).not.toBe((apiErrorsEn.apiErrors.codes as Record<string, string>)[code]);
    }
  });
});

const claim = {
  id: "c1",
  version: 4,
  status: "APPROVED",
  program: { id: "wa", name: "Washington Paid Family and Medical Leave", rules: {} },
  leavePeriods: [
    {
      id: "l1",
      kind: "INTERMITTENT",
      startDate: "2026-11-12",
      endDate: "2027-02-03",
      hoursPerWeek: null,
      episodesPerMonth: 2,
      hoursPerEpisode: "8.00",
      decision: "APPROVED",
      weeklyHoursAllowed: "16.00",
      reportableWeeks: ["2026-11-12", "2026-11-19"],
    },
  ],
  leaveHoursReports: [],
  payments: [],
} as unknown as ClaimPageClaim;

describe("API problems on a claimant's page in Spanish", () => {
  it("shows a field problem the API wrote in English as a Spanish message at its field", async () => {
    const user = userEvent.setup();
    const apiMessage = "Choose a week between 2026-11-12 and 2027-02-03, the dates of this leave.";
    renderWithApp(<LeaveHours claim={claim} onChanged={() => undefined} />, {
      locale: "es",
      answers: {
        ReportLeaveHours: {
          data: {
            reportLeaveHours: {
              __typename: "InvalidInputError",
              code: "INVALID_INPUT",
              message: "Some of the information you entered needs to be corrected.",
              issues: [{ path: ["input", "weekStart"], message: apiMessage }],
            },
          },
        },
      },
    });
    await user.selectOptions(screen.getByLabelText("Semana"), "2026-11-19");
    await user.type(screen.getByLabelText("Horas de permiso que tomó esa semana"), "6");
    await user.click(screen.getByRole("button", { name: "Informar horas" }));
    expect(await screen.findByRole("link", { name: es.fields.weekStart })).toBeInTheDocument();
    expect(screen.getByLabelText("Semana")).toHaveAccessibleDescription(new RegExp(es.fields.weekStart));
    expect(screen.queryByText(apiMessage)).not.toBeInTheDocument();
  });

  it("shows an error code's Spanish sentence, not the API's English message", async () => {
    const user = userEvent.setup();
    const apiMessage = "This claim was changed by someone else. Reload it and try again.";
    renderWithApp(<WithdrawClaim claim={claim} onWithdrawn={() => undefined} />, {
      locale: "es",
      answers: {
        WithdrawClaim: {
          data: {
            withdrawClaim: {
              __typename: "StaleVersionError",
              code: "STALE_VERSION",
              message: apiMessage,
              currentVersion: 5,
            },
          },
        },
      },
    });
    await user.click(screen.getByRole("button", { name: "Retirar reclamo" }));
    await user.click(screen.getByRole("button", { name: "Sí, retirar mi reclamo" }));
    expect(await screen.findByText(es.codes.STALE_VERSION)).toBeInTheDocument();
    expect(screen.queryByText(apiMessage)).not.toBeInTheDocument();
  });
});

import { describe, expect, it } from "vitest";
import { timelineEvents } from "./timeline-events";

describe("timelineEvents", () => {
  it("puts the claim's steps in date order with the first payment once", () => {
    const events = timelineEvents({
      submittedAt: "2026-09-20T15:00:00.000Z",
      withdrawnAt: null,
      statusHistory: [
        { at: "2026-09-20T15:00:00.000Z", toStatus: "PENDING_EMPLOYER_RESPONSE" },
        { at: "2026-09-26T15:00:00.000Z", toStatus: "IN_REVIEW" },
        { at: "2026-09-29T15:00:00.000Z", toStatus: "IN_REVIEW" },
      ],
      employerResponses: [{ status: "CONFIRMED", dueDate: "2026-10-01", respondedAt: "2026-09-25T15:00:00.000Z" }],
      infoRequests: [{ createdAt: "2026-09-27T15:00:00.000Z", respondedAt: "2026-09-28T15:00:00.000Z" }],
      determinations: [{ outcome: "APPROVED", decidedAt: "2026-09-30T15:00:00.000Z", superseded: false }],
      payments: [
        { status: "PAID", sentAt: "2026-10-21T15:00:00.000Z" },
        { status: "PAID", sentAt: "2026-10-14T15:00:00.000Z" },
        { status: "SCHEDULED", sentAt: null },
      ],
      appeals: [],
      leaveExtensionRequests: [{ createdAt: "2026-10-16T15:00:00.000Z" }],
    });
    expect(events.map((event) => event.kind)).toEqual([
      "SUBMITTED",
      "EMPLOYER_RESPONDED",
      "IN_REVIEW",
      "INFO_REQUESTED",
      "INFO_ANSWERED",
      "DECISION",
      "FIRST_PAYMENT",
      "EXTENSION_REQUESTED",
    ]);
    expect(events.find((event) => event.kind === "FIRST_PAYMENT")).toEqual({
      kind: "FIRST_PAYMENT",
      at: "2026-10-14T15:00:00.000Z",
    });
  });

  it("dates a missed employer response by its due date, and shows an appeal's hearing", () => {
    const events = timelineEvents({
      submittedAt: "2026-09-20T15:00:00.000Z",
      statusHistory: [],
      employerResponses: [{ status: "EXPIRED", dueDate: "2026-10-01", respondedAt: null }],
      infoRequests: [],
      determinations: [{ outcome: "DENIED", decidedAt: "2026-10-02T15:00:00.000Z", superseded: false }],
      payments: [],
      appeals: [
        { filedAt: "2026-10-03T15:00:00.000Z", hearingAt: "2026-11-05T18:00:00.000Z", status: "HEARING_SCHEDULED" },
      ],
    });
    expect(events).toEqual([
      { kind: "SUBMITTED", at: "2026-09-20T15:00:00.000Z" },
      { kind: "EMPLOYER_NO_RESPONSE", on: "2026-10-01" },
      { kind: "DECISION", at: "2026-10-02T15:00:00.000Z", outcome: "DENIED" },
      { kind: "APPEAL_FILED", at: "2026-10-03T15:00:00.000Z" },
      { kind: "HEARING", at: "2026-11-05T18:00:00.000Z" },
    ]);
  });
});

"use client";
// The claim's history as a USWDS process list, each step with its date, then the steps still
// ahead: the expected decision date while the claim waits for one.
import { useTranslations } from "next-intl";
import { useFormat } from "@openleave/web";
import { type TimelineClaim, timelineEvents } from "./timeline-events";

export function ClaimTimeline({
  claim,
  expectedDecisionDate,
}: {
  claim: TimelineClaim;
  expectedDecisionDate?: string | null;
}) {
  const t = useTranslations("timeline");
  const tOutcomes = useTranslations("claimPage.outcomes");
  const tAppeal = useTranslations("appeals.outcomes");
  const format = useFormat();
  const events = timelineEvents(claim);
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("heading")}</h2>
      <ol className="usa-process-list">
        {events.map((event, index) => (
          <li key={`${event.kind}-${index}`} className="usa-process-list__item">
            <h3 className="usa-process-list__heading">
              {event.kind === "DECISION"
                ? t("decision", { outcome: tOutcomes(event.outcome as "APPROVED") })
                : event.kind === "APPEAL_DECIDED"
                  ? t("appealDecided", { outcome: tAppeal(event.outcome as "AFFIRMED") })
                  : t(`events.${event.kind}`)}
            </h3>
            <p className="margin-top-05">
              {"at" in event
                ? event.kind === "HEARING"
                  ? format.instantDateTime(event.at)
                  : format.instantDate(event.at)
                : format.calendarDate(event.on)}
            </p>
          </li>
        ))}
        {expectedDecisionDate ? (
          <li className="usa-process-list__item timeline-upcoming">
            <h3 className="usa-process-list__heading">{t("expectedDecision")}</h3>
            <p className="margin-top-05">
              {t("expectedDecisionBy", { date: format.calendarDate(expectedDecisionDate) })}
            </p>
          </li>
        ) : null}
      </ol>
    </section>
  );
}

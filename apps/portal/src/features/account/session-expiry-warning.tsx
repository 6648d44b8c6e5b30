"use client";
// Warns a couple of minutes before the session ends and offers to extend it. It never
// navigates: a page with unsaved typing stays as it is (the wizard saves each step on the
// server), and after expiry it only offers a sign-in link.
import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { Button, Notice, signInHref, toMutationOutcome, useFormat, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { ExtendSessionMutation } from "./account-mutations";

/** How long before the end the warning appears. */
export const WARN_BEFORE_MS = 2 * 60 * 1000;
const TICK_MS = 10 * 1000;

const systemNow = () => Date.now();

export function SessionExpiryWarning({ now = systemNow }: { now?: () => number }) {
  const session = useSession();
  const viewerExpiry = session.status === "signed-in" ? session.viewer.sessionExpiresAt : null;
  // The session's end: as the viewer query said, or later once extended here.
  const [extendedUntil, setExtendedUntil] = useState<number>();
  const expiresAt = extendedUntil ?? (viewerExpiry ? new Date(viewerExpiry).getTime() : null);
  const [clock, setClock] = useState(() => now());
  const [failed, setFailed] = useState(false);
  const [{ fetching }, extend] = useMutation(ExtendSessionMutation);
  const t = useTranslations("sessionWarning");
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setInterval(() => setClock(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [expiresAt, now]);

  const warning = expiresAt !== null && clock >= expiresAt - WARN_BEFORE_MS;
  const ended = expiresAt !== null && clock >= expiresAt;

  useEffect(() => {
    if (warning) heading.current?.focus();
  }, [warning, ended]);

  if (expiresAt === null) return null;
  const time = (at: number) => format.instantDateTime(new Date(at));

  if (!warning)
    return extendedUntil ? (
      <div className="grid-container" role="status">
        <p className="margin-y-1">{t("extended", { time: time(extendedUntil) })}</p>
      </div>
    ) : null;

  const onStay = async () => {
    if (fetching) return;
    const result = await extend({});
    const outcome = toMutationOutcome(result.data?.extendSession, result.error);
    if (outcome.kind === "success") {
      const next = new Date(outcome.data as string).getTime();
      setFailed(false);
      setExtendedUntil(next);
      setClock(now());
    } else setFailed(true);
  };

  const here = typeof window === "undefined" ? "/" : `${window.location.pathname}${window.location.search}`;
  return (
    <div className="grid-container margin-y-2" role="alertdialog" aria-labelledby="session-warning-heading">
      <Notice type={ended ? "error" : "warning"}>
        <h2 id="session-warning-heading" className="usa-alert__heading" tabIndex={-1} ref={heading}>
          {ended ? t("endedHeading") : t("heading")}
        </h2>
        {ended || failed ? (
          <>
            <p>{failed && !ended ? t("failed") : t("endedBody")}</p>
            {/* A link, opened on purpose: nothing on this page is thrown away for them. */}
            <a className="usa-button" href={signInHref(here)} target="_blank" rel="noopener">
              {t("signIn")}
            </a>
          </>
        ) : (
          <>
            <p>{t("body", { time: time(expiresAt) })}</p>
            <Button type="button" onClick={onStay}>
              {fetching ? t("staying") : t("stay")}
            </Button>
          </>
        )}
      </Notice>
    </div>
  );
}

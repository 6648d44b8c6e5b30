"use client";
// "Take next": the API hands this person the soonest-due unassigned task in the queue shown
// (or in any queue they work), claimed atomically, and the console opens its claim.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useMutation } from "urql";
import { Button, toMutationOutcome, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import type { TaskQueue } from "./work-queue-filters";
import { TakeNextTaskMutation } from "./work-queue-query";

export function TakeNext({ queue }: { queue: TaskQueue | null }) {
  const t = useTranslations();
  const router = useRouter();
  const problemMessage = useProblemMessage();
  const [{ fetching }, takeNext] = useMutation(TakeNextTaskMutation);
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  const say = (kind: "info" | "error", text: string) => {
    setMessage({ kind, text });
    // Focus the message so keyboard and screen-reader users hear the result.
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  const handleClick = async () => {
    if (fetching) return;
    setMessage(null);
    const result = await takeNext({ queue }, { additionalTypenames: ["Task", "QueueSummary"] });
    if (!result.error && result.data && result.data.takeNextTask === null) {
      say("info", t("takeNext.nothing"));
      return;
    }
    const outcome = toMutationOutcome(result.data?.takeNextTask, result.error);
    if (outcome.kind !== "success") {
      say("error", t("takeNext.failed", { reason: problemMessage(outcome) }));
      return;
    }
    const task = outcome.data;
    if (task.claim) router.push(`/claims/${task.claim.id}`);
    else say("info", t("takeNext.takenWithoutClaim", { task: t(`workQueue.kinds.${task.kind}`) }));
  };

  return (
    <div className="margin-y-2">
      <Button type="button" onClick={handleClick} aria-describedby="take-next-hint">
        {fetching
          ? t("takeNext.taking")
          : queue
            ? t("takeNext.buttonInQueue", { queue: t(`workQueue.queues.${queue}`) })
            : t("takeNext.button")}
      </Button>
      <span id="take-next-hint" className="usa-hint display-block">
        {t("takeNext.hint")}
      </span>
      {message ? (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "text-error-dark" : "text-base-dark"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

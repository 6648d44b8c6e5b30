"use client";
// Approve or reject a pending figure: offered to program administrators other than the one who
// proposed it (the API checks the same). A rejection says why.
import { useState } from "react";
import { useMutation } from "urql";
import { Button, toMutationOutcome, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { FigureField } from "./figure-field";
import { DecidePublishedFigureMutation } from "./published-figures-query";
import type { PublishedFigure } from "./published-figures-types";

export function DecideFigure({ figure, onDecided }: { figure: PublishedFigure; onDecided: () => void }) {
  const t = useTranslations("figures.decide");
  const problemMessage = useProblemMessage();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, decide] = useMutation(DecidePublishedFigureMutation);

  const send = async (decision: "APPROVE" | "REJECT") => {
    if (decision === "REJECT" && !note.trim()) {
      setError(t("reasonRequired"));
      return;
    }
    setError(undefined);
    const result = await decide({
      input: { figureId: figure.id, expectedVersion: figure.version, decision, note: note.trim() || null },
    });
    const outcome = toMutationOutcome(result.data?.decidePublishedFigure, result.error);
    if (outcome.kind === "success") onDecided();
    else
      setError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
  };

  const noteId = `figure-note-${figure.id}`;
  return (
    <div>
      <FigureField id={noteId} label={t("noteLabel")} hint={t("noteHint")} error={error}>
        <textarea
          className="usa-textarea height-auto"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </FigureField>
      <ul className="usa-button-group margin-top-1">
        <li className="usa-button-group__item">
          <Button type="button" disabled={fetching} onClick={() => void send("APPROVE")}>
            {t("approve")}
            <span className="usa-sr-only"> {figure.parameter?.label ?? figure.parameterId}</span>
          </Button>
        </li>
        <li className="usa-button-group__item">
          <Button type="button" secondary disabled={fetching} onClick={() => void send("REJECT")}>
            {t("reject")}
            <span className="usa-sr-only"> {figure.parameter?.label ?? figure.parameterId}</span>
          </Button>
        </li>
      </ul>
    </div>
  );
}

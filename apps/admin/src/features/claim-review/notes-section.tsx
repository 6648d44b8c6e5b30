"use client";
// Internal notes: staff only, newest first, with a form to add one.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Button, toMutationOutcome, useFormat, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { AddClaimNoteMutation } from "./claim-review-query";
import type { ReviewedClaim } from "./claim-types";
import { Field } from "./field";
import { Section } from "./section";

export function NotesSection({ claim, onChanged }: { claim: ReviewedClaim; onChanged: () => void }) {
  const t = useTranslations("claim.notes");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, add] = useMutation(AddClaimNoteMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t("required"));
      return;
    }
    setError(undefined);
    const result = await add({ input: { claimId: claim.id, body } });
    const outcome = toMutationOutcome(result.data?.addClaimNote, result.error);
    if (outcome.kind === "success") {
      setBody("");
      onChanged();
    } else
      setError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
  };

  return (
    <Section id="notes" title={t("heading")}>
      <p className="text-base-dark">{t("intro")}</p>
      {claim.notes.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {claim.notes.map((note) => (
            <li key={note.id} className="claim-note">
              <span className="display-block text-bold">
                {t("by", { name: note.author.name, at: format.instantDateTime(note.createdAt) })}
              </span>
              <span className="display-block claim-note__body">{note.body}</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <Field id="note-body" label={t("label")} error={error}>
          <textarea
            className="usa-textarea"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            maxLength={4000}
          />
        </Field>
        <Button type="submit" outline className="margin-top-1" disabled={fetching}>
          {fetching ? t("adding") : t("add")}
        </Button>
      </form>
    </Section>
  );
}

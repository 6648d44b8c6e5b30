"use client";
// The form both bank files are uploaded with (the ACH return file, the check settlement file):
// choose the file, read it in the browser, send its text; the field shows what is wrong with it
// (none chosen, too large, or the API's reason naming the line), the caller shows the outcome.
import { useState, type FormEvent, type ReactNode } from "react";
import { Button, ErrorMessage, FormGroup, Label, StatusMessage } from "@openleave/web";

const MAX_BYTES = 5 * 1024 * 1024;

export interface BankFileLabels {
  heading: string;
  intro: string;
  fileLabel: string;
  fileHint: string;
  fileRequired: string;
  fileTooLarge: string;
  submit: string;
  importing: string;
}

export function BankFileForm({
  id,
  labels,
  accept,
  upload,
  busy: sending,
  outcome,
  children,
}: {
  id: string;
  labels: BankFileLabels;
  accept: string;
  /** Sends the file's text; answers what is wrong with it, or nothing when it was imported. */
  upload: (fileName: string, content: string) => Promise<string | undefined>;
  busy: boolean;
  /** The last import, said in the live region. */
  outcome: ReactNode;
  /** What the last import left to read (e.g. the rows it did not apply). */
  children?: ReactNode;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [reading, setReading] = useState(false);
  const busy = sending || reading;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    if (!file) return setError(labels.fileRequired);
    if (file.size > MAX_BYTES) return setError(labels.fileTooLarge);
    setReading(true);
    const content = await file.text();
    setReading(false);
    setError(await upload(file.name, content));
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-4">
      <h2 id={`${id}-heading`}>{labels.heading}</h2>
      <p>{labels.intro}</p>
      <form className="usa-form maxw-mobile-lg" noValidate onSubmit={submit}>
        <FormGroup error={!!error}>
          <Label htmlFor={`${id}-file`}>{labels.fileLabel}</Label>
          <span className="usa-hint" id={`${id}-hint`}>
            {labels.fileHint}
          </span>
          {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
          <input
            id={`${id}-file`}
            name={`${id}-file`}
            type="file"
            className="usa-file-input"
            accept={accept}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </FormGroup>
        <Button type="submit" disabled={busy} className="margin-top-2">
          {labels.submit}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="margin-top-2">
        {busy ? <StatusMessage>{labels.importing}</StatusMessage> : error ? null : outcome}
      </div>
      {busy || error ? null : children}
    </section>
  );
}

/** The labels of a form from its catalog section (the same keys for both files). */
export function bankFileLabels(t: (key: keyof BankFileLabels) => string): BankFileLabels {
  const keys = [
    "heading",
    "intro",
    "fileLabel",
    "fileHint",
    "fileRequired",
    "fileTooLarge",
    "submit",
    "importing",
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as unknown as BankFileLabels;
}

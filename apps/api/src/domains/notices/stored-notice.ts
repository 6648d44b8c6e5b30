// A notice issued before notices had PDFs (template version 1, or written by the demo seed) is
// laid out from the text it was sent with: the words stay exactly as the claimant received them,
// with the catalog's heading, appeal box and footer around them.
import { toDateOnly, type Notice } from "@openleave/db";
import { fill, formatCalendarDate, noticeCatalog } from "./notice-catalog.ts";
import type { ComposedNotice } from "./notice-templates.ts";

export function composeStoredNotice(
  notice: Pick<Notice, "kind" | "audience" | "language" | "templateVersion" | "subject" | "body">,
  context: { claimNumber: string; programName: string; issuedOn: string; appealDeadline: Date | null },
): ComposedNotice {
  const words = noticeCatalog(notice.language);
  const appealDeadline = context.appealDeadline
    ? formatCalendarDate(toDateOnly(context.appealDeadline), notice.language)
    : null;
  const [greeting, ...paragraphs] = notice.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const decision = notice.kind === "APPROVAL" || notice.kind === "PARTIAL_APPROVAL" || notice.kind === "DENIAL";
  return {
    kind: notice.kind,
    audience: notice.audience,
    language: notice.language,
    templateVersion: notice.templateVersion,
    programName: context.programName,
    claimNumber: context.claimNumber,
    title: notice.subject,
    subject: notice.subject,
    heading: [
      { label: words.document.claimNumber, value: context.claimNumber },
      { label: words.document.noticeDate, value: formatCalendarDate(context.issuedOn, notice.language) },
    ],
    greeting: paragraphs.length > 0 ? (greeting ?? "") : "",
    paragraphs: paragraphs.length > 0 ? paragraphs : [greeting ?? ""],
    facts: [],
    appeal:
      decision && appealDeadline && !notice.body.includes(appealDeadline)
        ? { heading: words.document.appealHeading, text: fill(words.document.appealText, { appealDeadline }) }
        : null,
    closing: words.document.closing,
    footer: (page, pages) =>
      fill(words.document.footer, {
        programName: context.programName,
        claimNumber: context.claimNumber,
        page: String(page),
        pages: String(pages),
      }),
  };
}

// A composed notice as a PDF (pdfkit). The standard Helvetica faces carry every Spanish letter
// (WinAnsi encoding), so no font file ships with the API. The document names its language and
// title for screen readers, and its creation date is the issue time so the same notice renders
// to the same bytes.
import PDFDocument from "pdfkit";
import type { ComposedNotice } from "./notice-templates.ts";

const MARGIN = 64;
const INK = "#1b1b1b";
const MUTED = "#565c65";
const RULE = "#a9aeb1";

export async function renderNoticePdf(notice: ComposedNotice, issuedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: notice.language === "ES" ? "es-US" : "en-US",
    displayTitle: true,
    info: {
      Title: `${notice.title} – ${notice.claimNumber}`,
      Author: notice.programName,
      Subject: notice.subject,
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - MARGIN * 2;
  doc.fillColor(MUTED).font("Helvetica-Bold").fontSize(10).text(notice.programName.toUpperCase(), { width });
  doc.moveDown(0.4);
  doc.fillColor(INK).font("Helvetica-Bold").fontSize(20).text(notice.title, { width });
  doc.moveDown(0.6);
  rule(doc, width);

  doc.moveDown(0.6).fontSize(10);
  for (const line of notice.heading) labelled(doc, line.label, line.value, width);
  doc.moveDown(0.6);
  rule(doc, width);

  doc.moveDown(1).font("Helvetica").fontSize(11).fillColor(INK).text(notice.greeting, { width });
  for (const paragraph of notice.paragraphs) {
    doc.moveDown(0.7).text(paragraph, { width, lineGap: 2 });
  }

  if (notice.facts.length > 0) {
    doc.moveDown(1);
    for (const fact of notice.facts) labelled(doc, fact.label, fact.value, width);
  }

  if (notice.appeal) {
    doc.moveDown(1.2);
    const top = doc.y;
    doc
      .font("Helvetica-Bold")
      .fontSize(12)
      .text(notice.appeal.heading, MARGIN + 12, top + 10, { width: width - 24 });
    doc
      .moveDown(0.3)
      .font("Helvetica")
      .fontSize(11)
      .text(notice.appeal.text, MARGIN + 12, undefined, { width: width - 24, lineGap: 2 });
    const bottom = doc.y + 10;
    doc
      .lineWidth(1.5)
      .strokeColor(INK)
      .rect(MARGIN, top, width, bottom - top)
      .stroke();
    doc.x = MARGIN;
    doc.y = bottom;
  }

  doc.moveDown(1.2).font("Helvetica").fontSize(10).fillColor(MUTED).text(notice.closing, MARGIN, undefined, { width });

  // Footers last, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(MUTED)
      .text(notice.footer(i - range.start + 1, range.count), MARGIN, doc.page.height - MARGIN + 8, {
        width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return finished;
}

function rule(doc: PDFKit.PDFDocument, width: number) {
  doc
    .lineWidth(0.75)
    .strokeColor(RULE)
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .stroke();
}

function labelled(doc: PDFKit.PDFDocument, label: string, value: string, width: number) {
  doc
    .font("Helvetica-Bold")
    .fontSize(10)
    .fillColor(INK)
    .text(`${label}: `, MARGIN, undefined, { continued: true, width })
    .font("Helvetica")
    .text(value, { width });
}

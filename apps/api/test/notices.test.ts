// Notices as PDFs over real HTTP: a decision issues the claimant's notice in their language and
// the employer's copy; each PDF is stored when issued, its text (read back with pdf.js) holds the
// wording, the amounts and the appeal deadline; who may download which notice; every download
// audited; the email links to the notice.
import { toDateOnly } from "@openleave/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTICE_CATALOGS } from "../src/domains/notices/notice-catalog.ts";
import { composeNotice } from "../src/domains/notices/notice-templates.ts";
import { decidedClaim, FILE, hearingClock, hearingTime, SCHEDULE, DECIDE, holdHearings } from "./support/appeals.ts";
import { pdfText } from "./support/pdf-text.ts";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

let api: TestApi;
let maria: ApiClient;
let hr: ApiClient;
let aisha: ApiClient;
let adjudicator: ApiClient;
let officer: ApiClient;

const NOTICES = `query($id: ID!) { claim(id: $id) { notices { id kind audience language subject body pdfUrl } } }`;
type NoticeView = { id: string; kind: string; audience: string; language: string; subject: string; pdfUrl: string };

beforeAll(async () => {
  api = await startTestApi({ now: hearingClock.now });
  await clearLeaveCalendar(api, DEMO.claimant);
  maria = await api.signedIn(DEMO.claimant);
  hr = await api.signedIn(DEMO.leaveAdmin);
  aisha = await api.signedIn(DEMO.claimantAisha);
  adjudicator = await api.signedIn(DEMO.adjudicator);
  officer = await api.signedIn(DEMO.appealsOfficer);
});
afterAll(() => api.close());

async function setLanguage(email: string, language: "EN" | "ES") {
  await api.db.user.update({ where: { email }, data: { preferredLanguage: language } });
}

async function noticesOf(client: ApiClient, claimId: string): Promise<NoticeView[]> {
  const result = await client.graphql(NOTICES, { id: claimId });
  expect(result.errors).toBeUndefined();
  return result.data.claim.notices;
}

async function download(client: ApiClient, url: string) {
  const response = await client.fetch(url);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

const spanishDate = (date: string) =>
  new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
const englishDate = (date: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
const dollars = (amount: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount as unknown as number);

describe("a Spanish-preferring claimant's partial approval", () => {
  let claimId: string;
  let notice: NoticeView;

  it("is issued in Spanish, with its PDF stored when issued", async () => {
    await setLanguage(DEMO.claimant, "ES");
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "PARTIALLY_APPROVED");
    claimId = claim.claimId;
    const mine = await noticesOf(maria, claimId);
    notice = mine.find((n) => n.kind === "PARTIAL_APPROVAL")!;
    expect(notice).toMatchObject({ audience: "CLAIMANT", language: "ES", pdfUrl: `/files/notices/${notice.id}` });
    expect(notice.subject).toContain("Parte de su licencia fue aprobada");
    const stored = await api.db.notice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(stored.pdfStorageKey).toBe(`notices/${notice.id}`);
    expect(stored.pdfSizeBytes).toBeGreaterThan(1000);
    expect(await api.app.services.storage.exists(stored.pdfStorageKey!)).toBe(true);
  });

  it("downloads as a PDF whose text holds the Spanish wording, the amounts and the appeal deadline", async () => {
    const file = await download(maria, notice.pdfUrl);
    expect(file.status).toBe(200);
    expect(file.type).toBe("application/pdf");
    const pdf = await pdfText(file.bytes);
    const determination = await api.db.determination.findFirstOrThrow({ where: { claimId } });
    const deadline = spanishDate(toDateOnly(determination.appealDeadline!));
    const text = pdf.text.replace(/\n/g, " ");
    expect(pdf.language).toBe("es-US");
    expect(text).toContain("Aviso de decisión: aprobada en parte");
    expect(text).toContain("Hola, María:");
    expect(text).toContain(`Beneficio semanal: ${dollars(determination.weeklyBenefitAmount!.toFixed(2))}`);
    expect(text).toContain(
      `Licencia aprobada: del ${spanishDate(toDateOnly(determination.approvedStartDate!))} al ${spanishDate(toDateOnly(determination.approvedEndDate!))}`,
    );
    expect(text).toContain("Su derecho a apelar");
    expect(text).toContain(`puede apelar a más tardar el ${deadline}`);
    expect(text).toContain(`Último día para apelar: ${deadline}`);
    expect(text).not.toContain("Your right to appeal");
  });

  it("is emailed in Spanish with a link to the notice on the claim page", async () => {
    const email = await api.db.emailOutbox.findUniqueOrThrow({ where: { key: `notice:${notice.id}` } });
    expect(email.language).toBe("ES");
    expect(email.body).toContain(`Lea o descargue este aviso (PDF): `);
    expect(email.body).toContain(`/claims/${claimId}#notice-${notice.id}`);
  });

  it("audits each download with who read it", async () => {
    const user = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    const events = await api.db.auditEvent.findMany({ where: { action: "notice.download", entityId: notice.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: user.id, entityType: "Notice" });
  });
});

describe("an English-preferring claimant's approval and denial", () => {
  it("approval: English wording, the weekly benefit and the appeal deadline in the PDF", async () => {
    await setLanguage(DEMO.claimant, "EN");
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "APPROVED");
    const notice = (await noticesOf(maria, claim.claimId)).find((n) => n.kind === "APPROVAL")!;
    expect(notice.language).toBe("EN");
    const pdf = await pdfText((await download(maria, notice.pdfUrl)).bytes);
    const determination = await api.db.determination.findFirstOrThrow({ where: { claimId: claim.claimId } });
    const deadline = englishDate(toDateOnly(determination.appealDeadline!));
    const text = pdf.text.replace(/\n/g, " ");
    expect(pdf.language).toBe("en-US");
    expect(text).toContain("Notice of decision: approved");
    expect(text).toContain(`Weekly benefit amount: ${dollars(determination.weeklyBenefitAmount!.toFixed(2))}`);
    expect(text).toContain(`you can appeal by ${deadline}`);
    expect(text).toContain(`Last day to appeal: ${deadline}`);
    expect(text).toContain("You meet every requirement for bonding leave.");
    expect(text).not.toContain("apelar");
  });

  describe("a denial", () => {
    let claimId: string;
    let claimantNotice: NoticeView;
    let employerNotice: NoticeView;

    it("gives the claimant the reason and the staff's words, and the employer a copy without them", async () => {
      const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
      claimId = claim.claimId;
      const mine = await noticesOf(maria, claimId);
      expect(mine.map((n) => n.audience)).not.toContain("EMPLOYER");
      claimantNotice = mine.find((n) => n.kind === "DENIAL")!;
      const theirs = await noticesOf(hr, claimId);
      expect(theirs.map((n) => [n.kind, n.audience])).toEqual([["DENIAL", "EMPLOYER"]]);
      employerNotice = theirs[0]!;

      const claimantText = (await pdfText((await download(maria, claimantNotice.pdfUrl)).bytes)).text;
      expect(claimantText).toContain("Reason: The certification does not support the leave");
      expect(claimantText).toContain("The birth certificate was not provided.");

      const file = await download(hr, employerNotice.pdfUrl);
      expect(file.status).toBe(200);
      const employerText = (await pdfText(file.bytes)).text.replace(/\n/g, " ");
      expect(employerText).toContain("Notice to employer: claim denied");
      expect(employerText).toContain("Evergreen Robotics");
      expect(employerText).toContain("the required certification was not complete");
      expect(employerText).toContain("If the employer disagrees with this decision, it can appeal by");
      expect(employerText).not.toContain("birth certificate");
      expect(employerText).not.toContain("Weekly benefit");
    });

    it("refuses the claimant's notice to the employer, other claimants and anonymous readers; staff read both", async () => {
      expect((await download(hr, claimantNotice.pdfUrl)).status).toBe(404);
      expect((await download(maria, employerNotice.pdfUrl)).status).toBe(404);
      expect((await download(aisha, claimantNotice.pdfUrl)).status).toBe(404);
      const anonymous = await api.client().fetch(claimantNotice.pdfUrl);
      expect(anonymous.status).toBe(401);
      expect((await download(adjudicator, claimantNotice.pdfUrl)).status).toBe(200);
      expect((await download(adjudicator, employerNotice.pdfUrl)).status).toBe(200);
      const staffView = await noticesOf(adjudicator, claimId);
      expect(staffView.map((n) => n.audience).sort()).toEqual(["CLAIMANT", "CLAIMANT", "EMPLOYER"]);
      // Refused readings leave no audit event; the four allowed ones (the claimant's and the
      // employer's in the test before, the adjudicator's two here) each leave one.
      const events = await api.db.auditEvent.count({
        where: { action: "notice.download", entityId: { in: [claimantNotice.id, employerNotice.id] } },
      });
      expect(events).toBe(4);
    });
  });
});

describe("appeal notices", () => {
  it("a hearing notice with the hearing time and an appeal decision notice, both as PDFs", async () => {
    await setLanguage(DEMO.claimant, "ES");
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "Envié el certificado de nacimiento a tiempo." },
    });
    const hearingAt = hearingTime();
    const scheduled = await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: appeal.version, hearingAt },
    });
    const hearing = (await noticesOf(maria, claim.claimId)).find((n) => n.kind === "HEARING_SCHEDULED")!;
    const hearingText = (await pdfText((await download(maria, hearing.pdfUrl)).bytes)).text.replace(/\n/g, " ");
    const when = new Intl.DateTimeFormat("es-US", {
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: "America/Los_Angeles",
      timeZoneName: "short",
    }).format(new Date(hearingAt));
    expect(hearingText).toContain("Aviso de audiencia");
    expect(hearingText).toContain(`Fecha y hora de la audiencia: ${when}`);
    expect(await api.db.emailOutbox.count({ where: { key: `notice:${hearing.id}` } })).toBe(1);

    holdHearings();
    await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: scheduled.version,
        outcome: "REVERSED",
        summary: "El certificado de nacimiento llegó dentro del plazo.",
        approvedStartDate: claim.leaveStart,
        approvedEndDate: claim.leaveEnd,
      },
    });
    const decision = (await noticesOf(maria, claim.claimId)).find((n) => n.kind === "APPEAL_DECISION")!;
    const decisionText = (await pdfText((await download(maria, decision.pdfUrl)).bytes)).text.replace(/\n/g, " ");
    const replacement = await api.db.determination.findFirstOrThrow({
      where: { claimId: claim.claimId, reasonCode: "APPEAL_REVERSED" },
    });
    expect(decisionText).toContain("Aviso de decisión de la apelación");
    expect(decisionText).toContain("Se revocó la decisión.");
    expect(decisionText).toContain(`Beneficio semanal: ${dollars(replacement.weeklyBenefitAmount!.toFixed(2))}`);
    expect(decisionText).toContain(`Último día para apelar: ${spanishDate(toDateOnly(replacement.appealDeadline!))}`);
    const employerCopy = (await noticesOf(hr, claim.claimId)).find((n) => n.kind === "APPEAL_DECISION")!;
    const employerText = (await pdfText((await download(hr, employerCopy.pdfUrl)).bytes)).text;
    expect(employerText).toContain("The decision was reversed on appeal.");
    expect(employerText).not.toContain("certificado");
    await setLanguage(DEMO.claimant, "EN");
  });
});

describe("a notice issued before notices had PDFs", () => {
  it("gets its PDF from its stored text on first download, kept from then on", async () => {
    const seeded = await api.db.notice.findFirstOrThrow({
      where: { claim: { claimant: { user: { email: DEMO.claimantAisha } } }, kind: "APPROVAL" },
    });
    expect(seeded.pdfStorageKey).toBeNull();
    const file = await download(aisha, `/files/notices/${seeded.id}`);
    expect(file.status).toBe(200);
    const text = (await pdfText(file.bytes)).text;
    expect(text).toContain(seeded.subject);
    expect(text).toContain(seeded.body.split("\n")[0]!);
    const after = await api.db.notice.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(after.pdfStorageKey).toBe(`notices/${seeded.id}`);
    expect((await download(aisha, `/files/notices/${seeded.id}`)).bytes.length).toBe(after.pdfSizeBytes);
  });
});

describe("the notice catalogs", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const leaves = (value: unknown, path = ""): [string, string][] =>
    typeof value === "string"
      ? [[path, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
          leaves(v, path ? `${path}.${key}` : key),
        );

  it("have the same keys and the same placeholders in English and Spanish", () => {
    const en = new Map(leaves(NOTICE_CATALOGS.EN));
    const es = new Map(leaves(NOTICE_CATALOGS.ES));
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) expect(placeholders(es.get(key)!), key).toEqual(placeholders(text));
  });

  it("compose every notice kind in both languages with no placeholder left unfilled", () => {
    for (const kind of Object.keys(NOTICE_CATALOGS.EN.kinds) as (keyof typeof NOTICE_CATALOGS.EN.kinds)[]) {
      for (const language of ["EN", "ES"] as const) {
        const composed = composeNotice(
          kind,
          language,
          {
            claimNumber: "WA-PFML-2026-000001",
            programName: "Washington Paid Family and Medical Leave",
            claimantName: "Ana",
            weeklyBenefitAmount: "1234.50",
            startDate: "2026-12-07",
            endDate: "2026-12-20",
            reason: "Explained.",
            denialReasonCode: "OTHER",
            dueDate: "2026-12-15",
            appealDeadline: "2026-12-31",
            message: "Send the certificate.",
            hearingAt: new Date("2026-12-10T18:00:00Z"),
            timeZone: "America/Los_Angeles",
            appealOutcome: "AFFIRMED",
          },
          { issuedOn: "2026-12-03" },
        );
        const all = [composed.title, composed.subject, composed.greeting, ...composed.paragraphs].join(" ");
        expect(all, `${kind} ${language}`).not.toMatch(/[{}]/);
        expect(composed.paragraphs.length, `${kind} ${language}`).toBeGreaterThan(0);
      }
    }
  });
});

// The whole claimant journey of issue 7, in Chromium against the real API and database, run
// twice: in Spanish on a desktop (Lucía Moreno, reduced-schedule leave) and in English on a
// 375 px phone (Daniel Kim, intermittent leave). Both are demo people with wages from Olympic
// Harbor Ferries on file and no account (only this spec uses them). Each signs up and confirms
// the email from the development outbox, links their identity, applies (estimate with its
// working, a wrong file type explained, a PDF uploaded), submits, signs out and back in to find
// the claim intact with its timeline. Staff then decide it and pay it through the API (GraphQL as
// a supervisor: startReview, recordDetermination, startPaymentRun), and the claimant reads the
// notice, reports weekly hours, sees the payment history and downloads its CSV, changes the bank
// account and files an appeal. axe (serious and critical) on every page.
//
// The Spanish journey submits before confirming the email first: the API refuses with
// EMAIL_NOT_VERIFIED, in English, and the page must say it in Spanish and keep the application.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "a-long-journey-password";
const STAFF_PASSWORD = "OpenLeave-demo-2026";

/** The smallest PDF a real parser recognises. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A day `days` from today on the Washington program's calendar (Pacific), as YYYY-MM-DD. */
function pacificDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// Leave began 17 days ago: its first week is the waiting period, the second has ended and is
// due, the third has begun. Each journey pays its due week in a payment run of its own date.
const LEAVE_START = pacificDay(-17);
const WEEKS = [LEAVE_START, pacificDay(-10), pacificDay(-3)];

interface Journey {
  title: string;
  locale: "en" | "es";
  phone: boolean;
  person: { firstName: string; lastName: string; dateOfBirth: string; ssn: string };
  leave: "REDUCED_SCHEDULE" | "INTERMITTENT";
  /** The payment run that pays this journey's due week: a date no other test runs. */
  runDate: string;
}

const JOURNEYS: Journey[] = [
  {
    title: "in Spanish, for reduced-schedule leave",
    locale: "es",
    phone: false,
    person: { firstName: "Lucía", lastName: "Moreno", dateOfBirth: "1990-03-08", ssn: "900-70-0016" },
    leave: "REDUCED_SCHEDULE",
    runDate: pacificDay(-1),
  },
  {
    title: "on a 375 px phone, for intermittent leave",
    locale: "en",
    phone: true,
    person: { firstName: "Daniel", lastName: "Kim", dateOfBirth: "1987-06-21", ssn: "900-70-0017" },
    leave: "INTERMITTENT",
    runDate: pacificDay(-2),
  },
];

/** What the pages say, in each language (the portal's catalogs). */
const TEXT = {
  en: {
    createAccount: "Create an account",
    email: "Email address",
    password: "Password",
    createAccountButton: "Create account",
    checkEmail: "Check your email",
    emailConfirmed: "Your email address is confirmed",
    goToAccount: "Go to your account",
    accountHeading: "Your account",
    firstName: "First name",
    lastName: "Last name",
    dateOfBirth: "Date of birth",
    ssn: "Social Security number or ITIN",
    confirmIdentity: "Confirm my identity",
    identityConfirmed: "Your identity is confirmed",
    startApplication: "Start an application",
    beforeYouApply: "Before you apply",
    startButton: "Start application",
    headings: {
      identity: "Check who is applying",
      contact: "How we reach you",
      employer: "The employer you are taking leave from",
      reason: "Why you need leave",
      leave: "When you will be on leave",
      employment: "Your work and pay",
      payment: "How you want to be paid",
      estimate: "Your estimated benefit",
      documents: "Upload your documents",
      review: "Review and submit your application",
      submitted: "We received your application",
    },
    thisIsMe: "This is me, continue",
    saveAndContinue: "Save and continue",
    phone: "Phone number",
    street: "Street address",
    city: "City",
    state: "State",
    zip: "ZIP code",
    ownHealth: /your own serious health condition/i,
    kinds: { REDUCED_SCHEDULE: /fewer hours each week/i, INTERMITTENT: /from time to time/i },
    firstDay: "First day of leave",
    lastDay: "Last day of leave",
    hoursPerWeek: "How many hours a week will you be on leave?",
    episodes: "About how many times a month?",
    hoursEach: "About how many hours each time?",
    regularHours: "Hours you usually work a week",
    directDeposit: /direct deposit/i,
    routing: "Routing number",
    account: "Account number",
    accountAgain: "Account number again",
    checking: "Checking",
    savings: "Savings",
    withhold: /yes, withhold 10%/i,
    quarters: "The quarters we used (the base period)",
    how: "How we worked this out",
    weeklyBenefit: "Weekly benefit",
    toDocuments: "Continue to documents",
    certification: "Certification of a health condition",
    uploadCertification: "Upload your Certification of a health condition",
    wrongType: /notes\.txt is not a file we can accept\. Upload a PDF, JPEG, PNG, or HEIC file\./,
    upload: "Upload",
    uploaded: "certification.pdf is uploaded.",
    toReview: "Continue to review",
    attest: /I confirm that what I entered is true/,
    submit: "Submit application",
    signOut: "Sign out",
    signInEmail: /email address/i,
    signInPassword: /^password$/i,
    signIn: /^sign in$/i,
    home: /your applications and claims/i,
    seeClaim: /see this claim/i,
    timeline: "What has happened",
    submittedEvent: "Application submitted",
    decisionEvent: "Decision: Approved",
    leaveKind: { REDUCED_SCHEDULE: "Reduced schedule", INTERMITTENT: "Intermittent" },
    notices: "Notices",
    approvalNotice: /Your leave is approved/,
    readNotice: "Read the notice",
    greeting: (name: string) => `Hello ${name},`,
    hoursRegion: "Report the hours of leave you took",
    week: "Week",
    hoursTaken: "Hours of leave you took that week",
    reportHours: "Report hours",
    hoursReceived: "Hours received",
    payments: /every payment on this claim/i,
    decisionBenefit: /^Weekly benefit: \$[\d,]+\.\d{2}$/,
    sent: "Sent",
    csv: "Download the payment history (CSV)",
    csvHeader:
      "Week starts,Week ends,Benefit,Federal tax withheld,State tax withheld,Overpayment recovery,Paid to you,How,Status,Scheduled for,Sent on,Paid on",
    paymentRegion: "How you are paid",
    changePayment: "Change how I am paid",
    directDepositTile: /^Direct deposit/,
    savePayment: "Save how I am paid",
    paymentChanged: "We changed how you are paid",
    newAccount: /By direct deposit to your savings account ending ••••4321\./,
    appeal: "Appeal this decision",
    appealHeading: "File an appeal",
    appealReason: "Why do you disagree with the decision?",
    fileAppeal: "File my appeal",
    appealFiled: /Your appeal, filed on/,
    filed: "Filed",
  },
  es: {
    createAccount: "Crear una cuenta",
    email: "Correo electrónico",
    password: "Contraseña",
    createAccountButton: "Crear cuenta",
    checkEmail: "Revise su correo electrónico",
    emailConfirmed: "Su correo electrónico está confirmado",
    goToAccount: "Ir a su cuenta",
    accountHeading: "Su cuenta",
    firstName: "Nombre",
    lastName: "Apellido",
    dateOfBirth: "Fecha de nacimiento",
    ssn: "Número de Seguro Social o ITIN",
    confirmIdentity: "Confirmar mi identidad",
    identityConfirmed: "Su identidad está confirmada",
    startApplication: "Comenzar una solicitud",
    beforeYouApply: "Antes de solicitar",
    startButton: "Empezar la solicitud",
    headings: {
      identity: "Revise quién solicita",
      contact: "Cómo comunicarnos con usted",
      employer: "El empleador del que toma el permiso",
      reason: "Por qué necesita el permiso",
      leave: "Cuándo estará de permiso",
      employment: "Su trabajo y su pago",
      payment: "Cómo quiere recibir el pago",
      estimate: "Su beneficio calculado",
      documents: "Suba sus documentos",
      review: "Revise y envíe su solicitud",
      submitted: "Recibimos su solicitud",
    },
    thisIsMe: "Soy yo, continuar",
    saveAndContinue: "Guardar y continuar",
    phone: "Número de teléfono",
    street: "Calle y número",
    city: "Ciudad",
    state: "Estado",
    zip: "Código postal",
    ownHealth: /su propio problema de salud grave/i,
    kinds: { REDUCED_SCHEDULE: /menos horas cada semana/i, INTERMITTENT: /de vez en cuando/i },
    firstDay: "Primer día del permiso",
    lastDay: "Último día del permiso",
    hoursPerWeek: "¿Cuántas horas a la semana estará de permiso?",
    episodes: "¿Cuántas veces al mes, más o menos?",
    hoursEach: "¿Cuántas horas cada vez, más o menos?",
    regularHours: "Horas que trabaja normalmente a la semana",
    directDeposit: /depósito directo/i,
    routing: "Número de ruta",
    account: "Número de cuenta",
    accountAgain: "Número de cuenta otra vez",
    checking: "De cheques",
    savings: "De ahorros",
    withhold: /sí, retener el 10%/i,
    quarters: "Los trimestres que usamos (el período base)",
    how: "Cómo lo calculamos",
    weeklyBenefit: "Beneficio semanal",
    toDocuments: "Continuar a los documentos",
    certification: "Certificación de una condición de salud",
    uploadCertification: "Suba su Certificación de una condición de salud",
    wrongType: /No podemos aceptar notes\.txt\. Suba un archivo PDF, JPEG, PNG o HEIC\./,
    upload: "Subir",
    uploaded: "certification.pdf se subió.",
    toReview: "Continuar a la revisión",
    attest: /Confirmo que lo que escribí es verdadero/,
    submit: "Enviar la solicitud",
    signOut: "Cerrar sesión",
    signInEmail: /correo electrónico/i,
    signInPassword: /^contraseña$/i,
    signIn: /^iniciar sesión$/i,
    home: /sus solicitudes y reclamos/i,
    seeClaim: /ver este reclamo/i,
    timeline: "Lo que ha pasado",
    submittedEvent: "Solicitud enviada",
    decisionEvent: "Decisión: Aprobado",
    leaveKind: { REDUCED_SCHEDULE: "Horario reducido", INTERMITTENT: "Intermitente" },
    notices: "Avisos",
    approvalNotice: /Su licencia fue aprobada/,
    readNotice: "Leer el aviso",
    greeting: (name: string) => `Hola, ${name}:`,
    hoursRegion: "Informe las horas de permiso que tomó",
    week: "Semana",
    hoursTaken: "Horas de permiso que tomó esa semana",
    reportHours: "Informar horas",
    hoursReceived: "Horas recibidas",
    payments: /todos los pagos de este reclamo/i,
    decisionBenefit: /^Beneficio semanal: \$[\d,]+\.\d{2}$/,
    sent: "Enviado",
    csv: "Descargar el historial de pagos (CSV)",
    csvHeader:
      "Inicio de la semana,Fin de la semana,Beneficio,Impuesto federal retenido,Impuesto estatal retenido,Recuperación de sobrepago,Pagado a usted,Cómo,Estado,Programado para,Enviado el,Pagado el",
    paymentRegion: "Cómo le pagamos",
    changePayment: "Cambiar cómo me pagan",
    directDepositTile: /^Depósito directo/,
    savePayment: "Guardar cómo me pagan",
    paymentChanged: "Cambiamos cómo le pagamos",
    newAccount: /Por depósito directo en su cuenta de ahorros que termina en ••••4321\./,
    appeal: "Apelar esta decisión",
    appealHeading: "Presentar una apelación",
    appealReason: "¿Por qué no está de acuerdo con la decisión?",
    fileAppeal: "Presentar mi apelación",
    appealFiled: /Su apelación, presentada el/,
    filed: "Presentada",
  },
} as const;

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Every page visited: no serious accessibility problem, and at 375 px no sideways scrolling. */
async function checkPage(page: Page, journey: Journey) {
  // Next streams a page's metadata: after a client-side navigation the title arrives a moment
  // after the heading.
  await expect(page).toHaveTitle(/OpenLeave/);
  await expectNoSeriousAccessibilityProblems(page);
  if (journey.phone) {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

/** USWDS hides the real radio and checkbox inputs behind their labels: click the label, as people do. */
async function choose(page: Page, label: string | RegExp) {
  const input = page.getByLabel(label);
  const id = await input.getAttribute("id");
  await page.locator(`label[for="${id}"]`).click();
  await expect(input).toBeChecked();
}

/** The confirmation link the API "sent" to this address, from the development outbox. */
async function confirmationLink(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const response = await fetch(`${E2E_URLS.api}/dev/outbox?format=json&to=${encodeURIComponent(email)}`);
      const { messages } = (await response.json()) as { messages: { text: string }[] };
      link = messages.map((m) => /https?:\/\/\S+\/verify-email\?token=\S+/.exec(m.text)?.[0]).find(Boolean);
      return link;
    })
    .toBeTruthy();
  return link!;
}

/** GraphQL as a staff member, through the console's proxy (session cookie + CSRF header). */
async function staffApi(request: APIRequestContext, email: string) {
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const csrf = (await request.storageState()).cookies.find((cookie) => cookie.name === "ol_csrf")?.value;
    const response = await request.post(`${E2E_URLS.admin}/graphql`, {
      data: { query, variables },
      headers: { "content-type": "application/json", ...(csrf ? { "x-csrf-token": csrf } : {}) },
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers; the assertions check them
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const signedIn = await call(`mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`, {
    input: { email, password: STAFF_PASSWORD },
  });
  expect(signedIn.signIn.__typename).toBe("MutationSignInSuccess");
  return call;
}

/** Staff decide the claim: review starts (the employer has no leave administrator) and the whole leave is approved. */
async function approve(request: APIRequestContext, claimId: string, leave: { start: string; end: string }) {
  const staff = await staffApi(request, "supervisor@openleave.test");
  const { claim } = await staff(`query($id: ID!) { claim(id: $id) { version status } }`, { id: claimId });
  expect(claim.status).toBe("PENDING_EMPLOYER_RESPONSE");
  const review = await staff(
    `mutation($input: StartReviewInput!) { startReview(input: $input) {
      __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`,
    { input: { claimId, expectedVersion: claim.version } },
  );
  expect(review.startReview.__typename).toBe("MutationStartReviewSuccess");
  const decided = await staff(
    `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) {
      __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`,
    {
      input: {
        claimId,
        expectedVersion: review.startReview.data.version,
        outcome: "APPROVED",
        reasonCode: "ELIGIBLE",
        explanation: "The wages on file meet the hours test and the leave is certified.",
        approvedStartDate: leave.start,
        approvedEndDate: leave.end,
      },
    },
  );
  expect(decided.recordDetermination).toEqual({
    __typename: "MutationRecordDeterminationSuccess",
    data: { status: "APPROVED" },
  });
  return staff;
}

/** Once the worker has scheduled the week that is due, staff start the payment run of `runDate` and wait until it is sent. */
async function payDueWeek(staff: Awaited<ReturnType<typeof staffApi>>, claimId: string, runDate: string) {
  const payments = async () =>
    (await staff(`query($id: ID!) { claim(id: $id) { payments { status scheduledFor } } }`, { id: claimId })).claim
      .payments as { status: string; scheduledFor: string }[];
  // The decision (and an intermittent week's report) reach the schedule in the worker's reconcile job.
  await expect
    .poll(async () => (await payments()).filter((p) => p.status === "SCHEDULED" && p.scheduledFor <= runDate).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  const started = await staff(
    `mutation($runDate: Date) { startPaymentRun(runDate: $runDate) {
      __typename ... on MutationStartPaymentRunSuccess { data { runDate } } ... on Error { code message } } }`,
    { runDate },
  );
  expect(started.startPaymentRun).toEqual({ __typename: "MutationStartPaymentRunSuccess", data: { runDate } });
  await expect
    .poll(async () => (await payments()).filter((p) => p.status === "SENT").length, { timeout: 30_000 })
    .toBeGreaterThan(0);
}

for (const journey of JOURNEYS) {
  test.describe(`the claimant journey ${journey.title}`, () => {
    // A step that cannot happen fails in seconds, not at the end of the test's five minutes.
    test.use({ actionTimeout: 20_000 });
    if (journey.phone) test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

    test("signs up, applies, follows the claim, reads the notice and payments, manages and appeals", async ({
      page,
      request,
    }) => {
      // About thirty pages, each checked by axe, on a shared machine.
      test.setTimeout(300_000);
      const text = TEXT[journey.locale];
      const { person } = journey;
      const email = `${person.firstName.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")}.${Date.now()}@example.test`;
      const leave = {
        start: LEAVE_START,
        end: pacificDay(journey.leave === "INTERMITTENT" ? 38 : 24),
      };

      // Sign up, in the journey's language (the toggle before anything else).
      await page.goto(E2E_URLS.portal);
      if (journey.locale === "es") {
        await page.getByRole("button", { name: "Español" }).first().click();
        await expect(page.locator("html")).toHaveAttribute("lang", "es");
      }
      await checkPage(page, journey);
      await page.getByRole("link", { name: text.createAccount }).filter({ visible: true }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: text.createAccount })).toBeVisible();
      await page.getByLabel(text.email).fill(email);
      await page.getByLabel(text.password, { exact: true }).fill(PASSWORD);
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.createAccountButton }).click();
      await expect(page.getByRole("heading", { name: text.checkEmail })).toBeVisible();
      await checkPage(page, journey);

      // English: the email is confirmed at once. Spanish: later, after the API refuses to submit.
      if (journey.locale === "en") {
        await page.goto(await confirmationLink(email));
        await expect(page.getByRole("heading", { name: text.emailConfirmed })).toBeVisible();
        await checkPage(page, journey);
        await page.getByRole("link", { name: text.goToAccount }).click();
      } else {
        await page.goto(`${E2E_URLS.portal}/account`);
      }

      // Link the account to the wages the program holds for this person.
      await expect(page.getByRole("heading", { level: 1, name: text.accountHeading })).toBeVisible();
      await page.getByLabel(text.firstName, { exact: true }).fill(person.firstName);
      await page.getByLabel(text.lastName, { exact: true }).fill(person.lastName);
      await page.getByLabel(text.dateOfBirth, { exact: true }).fill(person.dateOfBirth);
      await page.getByLabel(text.ssn).fill(person.ssn);
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.confirmIdentity }).click();
      await expect(page.getByRole("heading", { name: text.identityConfirmed })).toBeVisible();
      await expect(page.getByText(`***-**-${person.ssn.slice(-4)}`).first()).toBeVisible();
      await page.getByRole("link", { name: text.startApplication }).click();

      // Apply: the program, then each step saved to the API.
      await expect(page.getByRole("heading", { name: text.beforeYouApply })).toBeVisible();
      await choose(page, "Washington Paid Family and Medical Leave");
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.startButton }).click();

      const saveAndContinue = async (next: string) => {
        await page.getByRole("button", { name: text.saveAndContinue }).click();
        await expect(page.getByRole("heading", { level: 1, name: next })).toBeVisible();
        await checkPage(page, journey);
      };

      await expect(page.getByRole("heading", { level: 1, name: text.headings.identity })).toBeVisible();
      await expect(page.getByText(`***-**-${person.ssn.slice(-4)}`)).toBeVisible();
      await expect(page.getByText(person.ssn)).toHaveCount(0);
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.thisIsMe }).click();

      await expect(page.getByRole("heading", { level: 1, name: text.headings.contact })).toBeVisible();
      await page.getByLabel(text.phone).fill("206-555-0177");
      await page.getByLabel(text.street).fill("801 Alaskan Way");
      await page.getByLabel(text.city).fill("Seattle");
      await page.getByLabel(text.state, { exact: true }).selectOption("WA");
      await page.getByLabel(text.zip).fill("98104");
      await checkPage(page, journey);
      await saveAndContinue(text.headings.employer);

      // The employer comes from the wage records on file.
      await expect(page.getByLabel(/Olympic Harbor Ferries/)).toBeChecked();
      await saveAndContinue(text.headings.reason);

      await choose(page, text.ownHealth);
      await saveAndContinue(text.headings.leave);

      await choose(page, text.kinds[journey.leave]);
      await page.getByLabel(text.firstDay).fill(leave.start);
      await page.getByLabel(text.lastDay).fill(leave.end);
      if (journey.leave === "REDUCED_SCHEDULE") {
        await page.getByLabel(text.hoursPerWeek).fill("20");
      } else {
        await page.getByLabel(text.episodes).fill("4");
        await page.getByLabel(text.hoursEach).fill("6");
      }
      await checkPage(page, journey);
      await saveAndContinue(text.headings.employment);

      await page.getByLabel(text.regularHours).fill("40");
      await saveAndContinue(text.headings.payment);

      await choose(page, text.directDeposit);
      await page.getByLabel(text.routing).fill("021000021");
      await page.getByLabel(text.account, { exact: true }).fill("000222333444");
      await page.getByLabel(text.accountAgain).fill("000222333444");
      await choose(page, text.checking);
      await choose(page, text.withhold);
      await checkPage(page, journey);
      await saveAndContinue(text.headings.estimate);

      // The estimate, with the base period and the rules' working.
      await expect(page.getByRole("heading", { name: text.quarters })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByText(text.weeklyBenefit, { exact: true })).toBeVisible();
      const working = page.locator("details").filter({ hasText: text.how });
      await working.locator("summary").click();
      // Each step with its citation (the rules package's explanation).
      await expect(working.locator("ol > li").first()).toBeVisible();
      await expect(working.locator("ol a[href]").first()).toBeVisible();
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.toDocuments }).click();

      // Documents: a wrong file type is explained at the field; a PDF goes up.
      await expect(page.getByRole("heading", { level: 1, name: text.headings.documents })).toBeVisible();
      await expect(page.getByRole("heading", { name: text.certification })).toBeVisible();
      const certification = page.getByLabel(text.uploadCertification);
      await certification.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("notes") });
      await expect(certification).toHaveAccessibleDescription(text.wrongType);
      await checkPage(page, journey);
      await certification.setInputFiles({ name: "certification.pdf", mimeType: "application/pdf", buffer: PDF });
      await page.getByRole("button", { name: text.upload, exact: true }).first().click();
      await expect(page.getByText(text.uploaded)).toBeVisible();
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.toReview }).click();

      // Review and submit.
      await expect(page.getByRole("heading", { level: 1, name: text.headings.review })).toBeVisible();
      await expect(page.getByText("Olympic Harbor Ferries")).toBeVisible();
      await choose(page, text.attest);
      await checkPage(page, journey);
      if (journey.locale === "es") {
        // Not confirmed yet: the API refuses in English; the page says it in Spanish and keeps everything.
        await page.getByRole("button", { name: text.submit }).click();
        await expect(
          page.getByText("Confirme su correo electrónico antes de enviar: abra el enlace que le enviamos").first(),
        ).toBeVisible();
        await expect(page.getByText(/Confirm your email address/)).toHaveCount(0);
        await expect(page.getByLabel(text.attest)).toBeChecked();
        await checkPage(page, journey);
        const review = page.url();
        await page.goto(await confirmationLink(email));
        await expect(page.getByRole("heading", { name: text.emailConfirmed })).toBeVisible();
        await checkPage(page, journey);
        await page.goto(review);
        await expect(page.getByRole("heading", { level: 1, name: text.headings.review })).toBeVisible();
        await choose(page, text.attest);
      }
      await page.getByRole("button", { name: text.submit }).click();
      await expect(page.getByRole("heading", { level: 1, name: text.headings.submitted })).toBeVisible({
        timeout: 20_000,
      });
      const claimNumber = (await page
        .getByText(/WA-PFML-\d{4}-\d{6}/)
        .first()
        .textContent())!.match(/WA-PFML-\d{4}-\d{6}/)![0];
      await checkPage(page, journey);

      // Sign out and back in: the claim is there as submitted, with its timeline.
      await page.getByRole("button", { name: text.signOut }).click();
      // Signing out reloads the home page; let it finish before going on.
      await page.waitForURL(`${E2E_URLS.portal}/`);
      await expect(page.getByRole("button", { name: text.signOut })).toHaveCount(0);
      await page.goto(`${E2E_URLS.portal}/sign-in`);
      await page.getByLabel(text.signInEmail).fill(email);
      await page.getByLabel(text.signInPassword).fill(PASSWORD);
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.signIn }).click();
      await expect(page.getByRole("heading", { name: text.home })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", journey.locale);
      await checkPage(page, journey);
      await page.getByRole("link", { name: text.seeClaim }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(claimNumber) })).toBeVisible();
      const claimId = new URL(page.url()).pathname.split("/").at(-1)!;
      await expect(page.getByText(new RegExp(`^${text.leaveKind[journey.leave]} · `)).first()).toBeVisible();
      await expect(page.getByRole("link", { name: "certification.pdf" }).first()).toBeVisible();
      const timeline = page.getByRole("region", { name: text.timeline });
      await expect(timeline.getByRole("heading", { name: text.submittedEvent })).toBeVisible();
      await checkPage(page, journey);

      // Staff approve the whole leave through the API; the notice and the decision appear.
      const staff = await approve(request, claimId, leave);
      await page.reload();
      await expect(timeline.getByRole("heading", { name: text.decisionEvent })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: text.notices }).first()).toBeVisible();
      const notice = page
        .locator("li")
        .filter({ has: page.getByRole("heading", { name: text.approvalNotice }) })
        .first();
      await notice.getByText(text.readNotice).click();
      await expect(notice.getByText(text.greeting(person.firstName))).toBeVisible();
      await checkPage(page, journey);

      // Weekly hours: intermittent leave is paid from them (the first week serves the waiting
      // period); reduced-schedule hours are kept with the claim.
      const hours = page.getByRole("region", { name: text.hoursRegion });
      const reports = journey.leave === "INTERMITTENT" ? [WEEKS[0]!, WEEKS[1]!] : [WEEKS[1]!];
      for (const week of reports) {
        await hours.getByLabel(text.week, { exact: true }).selectOption(week);
        await hours.getByLabel(text.hoursTaken).fill(journey.leave === "INTERMITTENT" ? "12" : "20");
        await hours.getByRole("button", { name: text.reportHours }).click();
        await expect(hours.getByRole("heading", { name: text.hoursReceived })).toBeVisible();
      }
      await expect(hours.getByRole("table").locator("tbody tr")).toHaveCount(reports.length);
      await checkPage(page, journey);

      // Staff pay the week that is due; the claimant sees every payment and downloads the history.
      await payDueWeek(staff, claimId, journey.runDate);
      await page.reload();
      const table = page.getByRole("table", { name: text.payments });
      await expect(table.locator("tbody tr").first()).toBeVisible();
      const rows = await table.locator("tbody tr").count();
      // The week sent is the decision's weekly benefit times the share of the usual 40 hours on
      // leave (20 a week reduced; 12 reported intermittent), less the 10% withheld.
      const benefit = (await page.getByText(text.decisionBenefit).first().textContent())!;
      const weeklyCents = Math.round(Number(benefit.replace(/^[^$]*\$/, "").replaceAll(",", "")) * 100);
      const grossCents = Math.round((weeklyCents * (journey.leave === "INTERMITTENT" ? 12 : 20)) / 40);
      const dollars = (cents: number) =>
        new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
      const sentRow = table.locator("tbody tr").filter({ hasText: text.sent }).first();
      await expect(sentRow).toContainText(dollars(grossCents));
      await expect(sentRow).toContainText(dollars(grossCents - Math.round(grossCents / 10)));
      await checkPage(page, journey);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: text.csv }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${claimNumber}-payments.csv`);
      const csv = (await download.createReadStream().then((stream) => stream.toArray())).map(String).join("");
      const lines = csv
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n");
      expect(lines[0]).toBe(text.csvHeader);
      expect(lines).toHaveLength(rows + 1);
      expect(lines.slice(1).some((line) => line.includes(`,${text.sent},`))).toBe(true);

      // A new bank account, re-validated, shown by its last four digits only.
      const payment = page.getByRole("region", { name: text.paymentRegion });
      await payment.getByRole("button", { name: text.changePayment }).click();
      const tile = payment.getByLabel(text.directDepositTile);
      await payment.locator(`label[for="${await tile.getAttribute("id")}"]`).click();
      await payment.getByLabel(text.routing).fill("011000015");
      await payment.getByLabel(text.account, { exact: true }).fill("000999994321");
      await payment.getByLabel(text.accountAgain).fill("000999994321");
      const savings = payment.getByLabel(text.savings);
      await payment.locator(`label[for="${await savings.getAttribute("id")}"]`).click();
      await checkPage(page, journey);
      await payment.getByRole("button", { name: text.savePayment }).click();
      await expect(payment.getByRole("heading", { name: text.paymentChanged })).toBeVisible();
      await expect(payment.getByTestId("current-payment-method")).toHaveText(text.newAccount);
      await expect(page.getByText("000999994321")).toHaveCount(0);
      await checkPage(page, journey);

      // An appeal against the decision, within its deadline.
      await page.getByRole("button", { name: text.appeal }).click();
      await expect(page.getByRole("heading", { name: text.appealHeading })).toBeFocused();
      await page
        .getByLabel(text.appealReason)
        .fill("The approval does not cover the follow-up treatment my doctor set.");
      await checkPage(page, journey);
      await page.getByRole("button", { name: text.fileAppeal }).click();
      await expect(page.getByRole("heading", { name: text.appealFiled })).toBeVisible();
      await expect(page.getByText(text.filed, { exact: true })).toBeVisible();
      await checkPage(page, journey);
    });
  });
}

// Notices: what the program sent about a claim, and where to download each one's PDF.
import { builder } from "../../graphql/builder.ts";
import { LanguageEnum, NoticeAudienceEnum, NoticeKindEnum } from "../../graphql/enums.ts";

builder.prismaObject("Notice", {
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: NoticeKindEnum }),
    audience: t.expose("audience", {
      type: NoticeAudienceEnum,
      description: "Whom the notice is addressed to: the claimant, or the employer (a copy without medical detail).",
    }),
    language: t.expose("language", { type: LanguageEnum }),
    templateVersion: t.exposeInt("templateVersion"),
    subject: t.exposeString("subject"),
    body: t.exposeString("body"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
    pdfUrl: t.string({
      description:
        "Where the signed-in reader downloads the notice as a PDF (GET, same origin; audited). The same rules as the notice itself.",
      select: { id: true },
      resolve: (notice) => `/files/notices/${notice.id}`,
    }),
  }),
});

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { VerifyAccess, VerifyAccessHeading } from "@/features/employer/verify-access-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.verify.titleFallback") };
}

export default async function VerifyEmployerAccessPage({ params }: { params: Promise<{ linkId: string }> }) {
  const { linkId } = await params;
  return (
    <div className="grid-container">
      <RequireSignIn>
        <VerifyAccessHeading linkId={linkId} />
        <VerifyAccess linkId={linkId} />
      </RequireSignIn>
    </div>
  );
}

"use client";
import { WageReportUpload } from "@/features/employer/wage-report-upload";
import { VerifiedEmployerPage } from "@/features/employer/employer-sections";

export function WageReportUploadPage({ employerId }: { employerId: string }) {
  return (
    <VerifiedEmployerPage employerId={employerId}>
      {(name) => <WageReportUpload employerId={employerId} employerName={name} />}
    </VerifiedEmployerPage>
  );
}

"use client";
import { EmployerAdministrators } from "@/features/employer/employer-administrators";
import { VerifiedEmployerPage } from "@/features/employer/employer-sections";

export function EmployerAdministratorsPage({ employerId }: { employerId: string }) {
  return (
    <VerifiedEmployerPage employerId={employerId}>
      {(name) => <EmployerAdministrators employerId={employerId} employerName={name} />}
    </VerifiedEmployerPage>
  );
}

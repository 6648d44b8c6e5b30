"use client";
import { EmployerPremiums } from "@/features/employer/employer-premiums";
import { VerifiedEmployerPage } from "@/features/employer/employer-sections";

export function EmployerPremiumsPage({ employerId }: { employerId: string }) {
  return (
    <VerifiedEmployerPage employerId={employerId}>
      {(name) => <EmployerPremiums employerId={employerId} employerName={name} />}
    </VerifiedEmployerPage>
  );
}

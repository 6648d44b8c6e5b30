"use client";
import { EmployerPrivatePlan } from "@/features/employer/employer-private-plan";
import { VerifiedEmployerPage } from "@/features/employer/employer-sections";

export function EmployerPrivatePlanPage({ employerId }: { employerId: string }) {
  return (
    <VerifiedEmployerPage employerId={employerId}>
      {(name) => <EmployerPrivatePlan employerId={employerId} employerName={name} />}
    </VerifiedEmployerPage>
  );
}

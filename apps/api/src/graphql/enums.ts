// GraphQL enums mirror the Prisma enums one to one.
import {
  AppealOutcome,
  AppealStatus,
  AppellantRole,
  BankAccountType,
  ClaimStatus,
  ContestReason,
  DeterminationOutcome,
  DocumentStatus,
  DocumentType,
  EmployerResponseStatus,
  FamilyRelationship,
  GrievanceOutcome,
  Language,
  LeavePeriodDecision,
  LeavePeriodKind,
  LeaveReason,
  ManualDeterminationStatus,
  NoticeAudience,
  NoticeKind,
  PaymentMethod,
  PaymentStatus,
  PrivatePlanFunding,
  PrivatePlanStatus,
  TaskKind,
  TaskQueue,
  TaskStatus,
  WageReportStatus,
} from "@openleave/db";
import { builder } from "./builder.ts";

export const ClaimStatusEnum = builder.enumType(ClaimStatus, { name: "ClaimStatus" });
export const LeaveReasonEnum = builder.enumType(LeaveReason, { name: "LeaveReason" });
export const FamilyRelationshipEnum = builder.enumType(FamilyRelationship, { name: "FamilyRelationship" });
export const LeavePeriodKindEnum = builder.enumType(LeavePeriodKind, { name: "LeavePeriodKind" });
export const LeavePeriodDecisionEnum = builder.enumType(LeavePeriodDecision, { name: "LeavePeriodDecision" });
export const DocumentTypeEnum = builder.enumType(DocumentType, { name: "DocumentType" });
export const DocumentStatusEnum = builder.enumType(DocumentStatus, { name: "DocumentStatus" });
export const EmployerResponseStatusEnum = builder.enumType(EmployerResponseStatus, { name: "EmployerResponseStatus" });
export const ContestReasonEnum = builder.enumType(ContestReason, { name: "ContestReason" });
export const DeterminationOutcomeEnum = builder.enumType(DeterminationOutcome, { name: "DeterminationOutcome" });
export const GrievanceOutcomeEnum = builder.enumType(GrievanceOutcome, { name: "GrievanceOutcome" });
export const NoticeKindEnum = builder.enumType(NoticeKind, { name: "NoticeKind" });
export const NoticeAudienceEnum = builder.enumType(NoticeAudience, { name: "NoticeAudience" });
export const ManualDeterminationStatusEnum = builder.enumType(ManualDeterminationStatus, {
  name: "ManualDeterminationStatus",
});
export const LanguageEnum = builder.enumType(Language, { name: "Language" });
export const AppealStatusEnum = builder.enumType(AppealStatus, { name: "AppealStatus" });
export const AppealOutcomeEnum = builder.enumType(AppealOutcome, { name: "AppealOutcome" });
export const AppellantRoleEnum = builder.enumType(AppellantRole, { name: "AppellantRole" });
export const PaymentStatusEnum = builder.enumType(PaymentStatus, { name: "PaymentStatus" });
export const BankAccountTypeEnum = builder.enumType(BankAccountType, { name: "BankAccountType" });
export const PaymentMethodEnum = builder.enumType(PaymentMethod, { name: "PaymentMethod" });
export const TaskQueueEnum = builder.enumType(TaskQueue, { name: "TaskQueue" });
export const TaskKindEnum = builder.enumType(TaskKind, { name: "TaskKind" });
export const TaskStatusEnum = builder.enumType(TaskStatus, { name: "TaskStatus" });
export const WageReportStatusEnum = builder.enumType(WageReportStatus, { name: "WageReportStatus" });
export const PrivatePlanStatusEnum = builder.enumType(PrivatePlanStatus, { name: "PrivatePlanStatus" });
export const PrivatePlanFundingEnum = builder.enumType(PrivatePlanFunding, { name: "PrivatePlanFunding" });

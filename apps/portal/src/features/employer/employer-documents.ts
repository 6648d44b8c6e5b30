// The GraphQL the employer pages use: the person's employer links, asking for and proving a
// link, the dashboard (counts and the filtered claim list), and one claim to review and answer.
import { graphql } from "@openleave/web";

export const EmployerLinksQuery = graphql(`
  query EmployerLinks {
    myEmployerLinks {
      id
      verified
      verificationAttemptsRemaining
      verificationLocked
      helpRequestedAt
      employer {
        id
        name
        fein
        jurisdiction
      }
    }
  }
`);

export const RequestEmployerAccessMutation = graphql(`
  mutation RequestEmployerAccess($input: RequestEmployerAccessInput!) {
    requestEmployerAccess(input: $input) {
      __typename
      ... on MutationRequestEmployerAccessSuccess {
        data {
          id
          verified
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const VerifyEmployerAccessMutation = graphql(`
  mutation VerifyEmployerAccess($input: VerifyEmployerAccessInput!) {
    verifyEmployerAccess(input: $input) {
      __typename
      ... on MutationVerifyEmployerAccessSuccess {
        data {
          id
          verified
          verificationAttemptsRemaining
          verificationLocked
          employer {
            id
          }
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RequestVerificationHelpMutation = graphql(`
  mutation RequestVerificationHelp($input: RequestVerificationHelpInput!) {
    requestVerificationHelp(input: $input) {
      __typename
      ... on MutationRequestVerificationHelpSuccess {
        data {
          id
          helpRequestedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const EmployerDashboardQuery = graphql(`
  query EmployerDashboard(
    $employerId: ID!
    $first: Int!
    $status: ClaimStatus
    $awaitingResponse: Boolean
    $dueSoon: Boolean
    $leaveReason: LeaveReason
    $workerName: String
  ) {
    employerActionCounts(employerId: $employerId) {
      awaitingResponse
      dueSoon
      contested
    }
    employerClaims(
      employerId: $employerId
      first: $first
      status: $status
      awaitingResponse: $awaitingResponse
      dueSoon: $dueSoon
      leaveReason: $leaveReason
      workerName: $workerName
    ) {
      edges {
        node {
          id
          claimNumber
          status
          leaveReason
          submittedAt
          claimant {
            id
            firstName
            lastName
          }
          leavePeriods {
            id
            startDate
            endDate
          }
          employerResponses {
            id
            status
            dueDate
            dueSoon
            employer {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const EmployerClaimQuery = graphql(`
  query EmployerClaim($id: ID!) {
    claim(id: $id) {
      id
      claimNumber
      status
      privatePlanRouting {
        administratorName
      }
      leaveReason
      applicationDate
      employmentStartDate
      regularHoursPerWeek
      program {
        id
        name
        jurisdiction
      }
      employer {
        id
        name
      }
      claimant {
        id
        firstName
        lastName
        taxIdMasked
      }
      leavePeriods {
        id
        kind
        startDate
        endDate
      }
      allowedActions
      determinations {
        id
        outcome
        decidedAt
        appealDeadline
        superseded
      }
      appeals {
        id
        appellantRole
        status
        filedAt
        deadline
      }
      documents {
        id
        type
        fileName
        status
        uploadedAt
      }
      employerResponses {
        id
        status
        dueDate
        dueDateBasis
        dueSoon
        respondedAt
        version
        contestReasons
        contestReasonChoices
        comment
        reportedStartDate
        reportedHoursPerWeek
        reportedLeaveStart
        reportedLeaveEnd
        otherPaidLeave
        correctedFields
        employer {
          id
        }
      }
    }
  }
`);

export const RespondToClaimMutation = graphql(`
  mutation RespondToClaim($input: RespondToClaimInput!) {
    respondToClaim(input: $input) {
      __typename
      ... on MutationRespondToClaimSuccess {
        data {
          id
          status
          version
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RequestEvidenceUploadMutation = graphql(`
  mutation RequestEvidenceUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      __typename
      ... on MutationRequestDocumentUploadSuccess {
        data {
          uploadUrl
          maxBytes
          document {
            id
          }
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const EmployerAdministratorsQuery = graphql(`
  query EmployerAdministrators($employerId: ID!) {
    employerAdministrators(employerId: $employerId) {
      id
      name
      email
      verified
      you
    }
  }
`);

export const InviteLeaveAdministratorMutation = graphql(`
  mutation InviteLeaveAdministrator($input: InviteLeaveAdministratorInput!) {
    inviteLeaveAdministrator(input: $input) {
      __typename
      ... on MutationInviteLeaveAdministratorSuccess {
        data {
          id
          email
          expiresAt
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RemoveLeaveAdministratorMutation = graphql(`
  mutation RemoveLeaveAdministrator($input: RemoveLeaveAdministratorInput!) {
    removeLeaveAdministrator(input: $input) {
      __typename
      ... on MutationRemoveLeaveAdministratorSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AcceptLeaveAdministratorInvitationMutation = graphql(`
  mutation AcceptLeaveAdministratorInvitation($input: AcceptLeaveAdministratorInvitationInput!) {
    acceptLeaveAdministratorInvitation(input: $input) {
      __typename
      ... on MutationAcceptLeaveAdministratorInvitationSuccess {
        data {
          id
          employer {
            id
            name
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const EmployerPremiumsQuery = graphql(`
  query EmployerPremiums($employerId: ID!) {
    premiumStatements(employerId: $employerId, includeHistory: true) {
      id
      program {
        id
        name
      }
      year
      quarter
      version
      reason
      current
      createdAt
      wageReport {
        id
        fileName
      }
      workerCount
      employerSize
      totalWages
      taxableWages
      wageCap
      employeeRate
      employerRate
      employerShareRequired
      employeeShare
      employerShare
      amountDue
      exempt
      privatePlan {
        id
        administratorName
        effectiveFrom
        effectiveTo
      }
    }
    wageReports(employerId: $employerId, first: 20) {
      edges {
        node {
          id
          year
          quarter
          fileName
          status
          acceptedCount
          rejectedCount
          createdAt
        }
      }
    }
  }
`);

export const WageReportsQuery = graphql(`
  query WageReports($employerId: ID!) {
    wageReports(employerId: $employerId, first: 20) {
      edges {
        node {
          id
          year
          quarter
          fileName
          acceptedCount
          rejectedCount
          createdAt
        }
      }
    }
  }
`);

export const ImportWageReportMutation = graphql(`
  mutation ImportWageReport($input: ImportWageReportInput!) {
    importWageReport(input: $input) {
      __typename
      ... on MutationImportWageReportSuccess {
        data {
          id
          year
          quarter
          rowCount
          acceptedCount
          rejectedCount
          rejectionsTruncated
          rejections {
            row
            field
            code
            message
          }
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const FileEmployerAppealMutation = graphql(`
  mutation FileEmployerAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      __typename
      ... on MutationFileAppealSuccess {
        data {
          id
          status
          filedAt
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const EmployerPrivatePlansQuery = graphql(`
  query EmployerPrivatePlans($employerId: ID!) {
    privatePlanOption(employerId: $employerId) {
      allowed
      funding
    }
    privatePlans(employerId: $employerId) {
      id
      status
      funding
      administratorName
      policyNumber
      claimsContactPhone
      claimsContactEmail
      requestedEffectiveDate
      effectiveFrom
      effectiveTo
      submittedAt
      decidedAt
      decisionReason
      documents {
        id
        fileName
        downloadPath
      }
    }
  }
`);

export const ApplyForPrivatePlanMutation = graphql(`
  mutation ApplyForPrivatePlan($input: ApplyForPrivatePlanInput!) {
    applyForPrivatePlan(input: $input) {
      __typename
      ... on MutationApplyForPrivatePlanSuccess {
        data {
          id
          status
        }
      }
      ... on InvalidInputError {
        code
        message
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

import { graphql } from "@openleave/web";

// Everything an adjudicator needs for one decision, in one request.
export const ClaimReviewQuery = graphql(`
  query ClaimReview($id: ID!) {
    claim(id: $id) {
      id
      claimNumber
      status
      version
      privatePlanRouting {
        administratorName
        claimsContactPhone
        claimsContactEmail
      }
      leaveReason
      familyRelationship
      familyMemberFirstName
      familyMemberLastName
      conditionDescription
      applicationDate
      submittedAt
      decidedAt
      employmentStartDate
      employmentEndDate
      regularHoursPerWeek
      allowedActions
      program {
        id
        name
        jurisdiction
        code
        rules {
          denialReasons {
            code
            label
          }
        }
      }
      claimant {
        id
        firstName
        lastName
        dateOfBirth
        email
        phone
        taxIdMasked
        wageRecords {
          id
          year
          quarter
          wages
          hours
          employer {
            id
            name
          }
        }
      }
      employer {
        id
        name
        dba
        fein
      }
      leavePeriods {
        id
        kind
        startDate
        endDate
        decision
        hoursPerWeek
      }
      eligibility {
        id
        computedAt
        eligible
        errorCode
        ineligibleReasons
        basePeriodQuarters
        basePeriodWages
        averageWeeklyWage
        weeklyBenefitAmount
        maxWeeks
        remainingWeeks
        waitingPeriodDays
        explanation
      }
      documents {
        id
        type
        fileName
        status
        mimeType
        downloadPath
        uploadedAt
        reviewNote
      }
      employerResponses {
        id
        status
        dueDate
        respondedAt
        contestReasons
        comment
        correctedFields
        reportedLeaveStart
        reportedLeaveEnd
        reportedHoursPerWeek
        employer {
          id
          name
        }
      }
      infoRequests {
        id
        message
        dueDate
        createdAt
        respondedAt
        response
      }
      determinations {
        id
        outcome
        reasonCode
        explanation
        decidedAt
        decidedBy {
          id
          name
        }
        approvedStartDate
        approvedEndDate
        weeklyBenefitAmount
        appealDeadline
        superseded
      }
      payments {
        id
        periodStart
        periodEnd
        gross
        federalWithholding
        net
        status
        method
        scheduledFor
      }
      statusHistory {
        id
        fromStatus
        toStatus
        at
        reason
        changedBy {
          id
          name
        }
      }
      notes {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
      tasks {
        id
        kind
        status
        assignee {
          id
          name
        }
      }
      auditTrail {
        id
        at
        action
        entityType
        changedFields
        metadata
        actor {
          id
          name
        }
      }
    }
  }
`);

export const RevealTaxIdMutation = graphql(`
  mutation RevealTaxId($personId: ID!, $purpose: String!) {
    revealTaxId(personId: $personId, purpose: $purpose) {
      __typename
      ... on MutationRevealTaxIdSuccess {
        data
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

export const ReviewDocumentMutation = graphql(`
  mutation ReviewDocument($documentId: ID!, $decision: String!, $note: String) {
    reviewDocument(documentId: $documentId, decision: $decision, note: $note) {
      __typename
      ... on MutationReviewDocumentSuccess {
        data {
          id
          status
          reviewNote
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AddClaimNoteMutation = graphql(`
  mutation AddClaimNote($input: AddClaimNoteInput!) {
    addClaimNote(input: $input) {
      __typename
      ... on MutationAddClaimNoteSuccess {
        data {
          id
          body
          createdAt
          author {
            id
            name
          }
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

export const StartReviewMutation = graphql(`
  mutation StartReview($input: StartReviewInput!) {
    startReview(input: $input) {
      __typename
      ... on MutationStartReviewSuccess {
        data {
          id
          status
          version
          allowedActions
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const CheckEligibilityMutation = graphql(`
  mutation CheckClaimEligibility($claimId: ID!) {
    checkEligibility(claimId: $claimId) {
      __typename
      ... on MutationCheckEligibilitySuccess {
        data {
          id
          eligible
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RecordDeterminationMutation = graphql(`
  mutation RecordDetermination($input: RecordDeterminationInput!) {
    recordDetermination(input: $input) {
      __typename
      ... on MutationRecordDeterminationSuccess {
        data {
          id
          status
          version
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

export const RequestInformationMutation = graphql(`
  mutation RequestInformation($input: RequestInformationInput!) {
    requestInformation(input: $input) {
      __typename
      ... on MutationRequestInformationSuccess {
        data {
          id
          status
          version
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

export const DecideLeaveExtensionMutation = graphql(`
  mutation DecideLeaveExtension($input: DecideLeaveExtensionInput!) {
    decideLeaveExtension(input: $input) {
      __typename
      ... on MutationDecideLeaveExtensionSuccess {
        data {
          id
          version
        }
      }
      ... on InvalidInputError {
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

// Its own query: the claim screen's main query is at the API's breadth limit.
export const ClaimLeaveExtensionsQuery = graphql(`
  query ClaimLeaveExtensions($id: ID!) {
    claim(id: $id) {
      id
      leaveExtensionRequests {
        id
        leavePeriodId
        currentEndDate
        requestedEndDate
        reason
        status
        createdAt
        decidedAt
        approvedEndDate
        denialReasonCode
        explanation
        document {
          id
          fileName
          downloadPath
        }
      }
    }
  }
`);

import { graphql } from "@openleave/web";

// Everything the claimant's claim page shows, in one request. Never the employer's comment:
// the page reads only whether and when the employer answered.
export const ClaimPageQuery = graphql(`
  query ClaimPage($id: ID!) {
    claim(id: $id) {
      id
      claimNumber
      status
      version
      leaveReason
      submittedAt
      decidedAt
      withdrawnAt
      expectedDecisionDate
      privatePlanRouting {
        administratorName
        claimsContactPhone
        claimsContactEmail
      }
      allowedActions
      statusHistory {
        id
        at
        toStatus
      }
      program {
        id
        name
        rules {
          documentRequirements {
            reason
            documentTypes
          }
          extensionRequestTime {
            days
          }
        }
      }
      documents {
        id
        type
        status
        fileName
        createdAt
        uploadedAt
        reviewNote
        downloadPath
      }
      employer {
        id
        name
      }
      leavePeriods {
        id
        kind
        startDate
        endDate
        hoursPerWeek
        episodesPerMonth
        hoursPerEpisode
        decision
        weeklyHoursAllowed
        reportableWeeks
      }
      leaveHoursReports {
        id
        leavePeriodId
        weekStart
        hours
        createdAt
        updatedAt
      }
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
        explanation
        document {
          id
          fileName
          downloadPath
        }
      }
      employerResponses {
        id
        status
        dueDate
        respondedAt
      }
      determinations {
        id
        outcome
        explanation
        decidedAt
        appealDeadline
        approvedStartDate
        approvedEndDate
        weeklyBenefitAmount
        superseded
      }
      notices {
        id
        kind
        subject
        body
        createdAt
      }
      infoRequests {
        id
        message
        dueDate
        createdAt
        respondedAt
        response
        lapsedAt
        documents {
          id
          fileName
          downloadPath
        }
      }
      appeals {
        id
        status
        appellantRole
        filedAt
        deadline
        filedLate
        hearingAt
        outcome
        decisionSummary
        decidedAt
        reason
        documents {
          id
          fileName
          downloadPath
        }
      }
      payments {
        id
        periodStart
        periodEnd
        gross
        federalWithholding
        stateWithholding
        recoveryOffset
        net
        status
        method
        scheduledFor
        sentAt
        paidAt
        settledAt
        accountNumberMasked
        isReissue
      }
    }
  }
`);

export const WithdrawClaimMutation = graphql(`
  mutation WithdrawClaim($input: WithdrawClaimInput!) {
    withdrawClaim(input: $input) {
      __typename
      ... on MutationWithdrawClaimSuccess {
        data {
          id
          status
          version
          withdrawnAt
          allowedActions
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

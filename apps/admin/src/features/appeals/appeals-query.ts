import { graphql } from "@openleave/web";

export const AppealsQuery = graphql(`
  query AppealsDocket($first: Int!, $status: AppealStatus, $assignedToMe: Boolean) {
    appeals(first: $first, status: $status, assignedToMe: $assignedToMe) {
      edges {
        node {
          id
          status
          version
          appellantRole
          filedAt
          filedLate
          deadline
          hearingAt
          outcome
          reason
          decidedAt
          decisionSummary
          allowedActions
          officer {
            id
            name
          }
          determination {
            id
            outcome
            reasonCode
          }
          claim {
            id
            claimNumber
            status
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
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const ScheduleHearingMutation = graphql(`
  mutation ScheduleHearing($input: ScheduleHearingInput!) {
    scheduleHearing(input: $input) {
      __typename
      ... on MutationScheduleHearingSuccess {
        data {
          id
          status
          version
          hearingAt
          allowedActions
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

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      __typename
      ... on MutationDecideAppealSuccess {
        data {
          id
          status
          version
          outcome
          allowedActions
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

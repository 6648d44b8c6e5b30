import { graphql } from "@openleave/web";

export const EmployerGrievancesQuery = graphql(`
  query EmployerGrievances($first: Int!, $decided: Boolean) {
    employerGrievances(first: $first, decided: $decided) {
      edges {
        node {
          id
          respondedAt
          contestReasons
          grievanceDueAt
          employer {
            id
            name
          }
          grievanceFinding {
            id
            outcome
            decidedAt
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
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const EmployerGrievanceQuery = graphql(`
  query EmployerGrievance($id: ID!) {
    grievanceFindingReasons {
      code
      outcome
    }
    employerGrievance(id: $id) {
      id
      version
      status
      dueDate
      respondedAt
      contestReasons
      comment
      correctedFields
      reportedStartDate
      reportedHoursPerWeek
      reportedLeaveStart
      reportedLeaveEnd
      grievanceDueAt
      employer {
        id
        name
      }
      documents {
        id
        fileName
        status
        mimeType
        sizeBytes
        downloadPath
      }
      grievanceFinding {
        id
        outcome
        reasonCode
        findings
        claimStatus
        decidedAt
        decidedBy {
          id
          name
        }
      }
      claim {
        id
        claimNumber
        status
        version
        leaveReason
        employmentStartDate
        regularHoursPerWeek
        claimant {
          id
          firstName
          lastName
        }
        leavePeriods {
          id
          kind
          startDate
          endDate
          decision
        }
        determinations {
          id
          outcome
          reasonCode
          decidedAt
          superseded
        }
      }
    }
  }
`);

export const RecordGrievanceFindingMutation = graphql(`
  mutation RecordGrievanceFinding($input: RecordGrievanceFindingInput!) {
    recordGrievanceFinding(input: $input) {
      __typename
      ... on MutationRecordGrievanceFindingSuccess {
        data {
          id
          version
          grievanceFinding {
            id
            outcome
          }
          claim {
            id
            status
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

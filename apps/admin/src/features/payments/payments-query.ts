import { graphql } from "@openleave/web";

// Payment runs with their batches (an ACH file or a check register each) and totals.
export const PaymentRunsQuery = graphql(`
  query PaymentRuns {
    paymentRuns(first: 30) {
      edges {
        node {
          id
          runDate
          status
          startedByStaff
          startedAt
          finishedAt
          paymentCount
          totalNet
          reroutedToCheck
          held
          lastError
          batches {
            id
            method
            status
            count
            totalNet
            fileName
            downloadPath
            settlementDate
            settledAt
          }
        }
      }
    }
  }
`);

export const StartPaymentRunMutation = graphql(`
  mutation StartPaymentRun($runDate: Date) {
    startPaymentRun(runDate: $runDate) {
      __typename
      ... on MutationStartPaymentRunSuccess {
        data {
          id
          runDate
          status
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

export const JobRunsQuery = graphql(`
  query JobRuns($status: JobStatus) {
    jobRuns(first: 50, status: $status) {
      edges {
        node {
          id
          name
          key
          status
          attempts
          maxAttempts
          runAt
          createdAt
          finishedAt
          lastError
        }
      }
    }
  }
`);

export const OverpaymentsQuery = graphql(`
  query Overpayments($statuses: [OverpaymentStatus!]) {
    overpayments(first: 50, statuses: $statuses) {
      edges {
        node {
          id
          amount
          recoveredAmount
          balance
          reason
          status
          createdAt
          waivedAt
          waiverReason
          claim {
            id
            claimNumber
          }
        }
      }
    }
  }
`);

export const FindClaimForOverpaymentQuery = graphql(`
  query FindClaimForOverpayment($search: String!) {
    findClaims(search: $search) {
      id
      claimNumber
    }
  }
`);

export const RecordOverpaymentMutation = graphql(`
  mutation RecordOverpayment($input: RecordOverpaymentInput!) {
    recordOverpayment(input: $input) {
      __typename
      ... on MutationRecordOverpaymentSuccess {
        data {
          id
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

export const WaiveOverpaymentMutation = graphql(`
  mutation WaiveOverpayment($input: WaiveOverpaymentInput!) {
    waiveOverpayment(input: $input) {
      __typename
      ... on MutationWaiveOverpaymentSuccess {
        data {
          id
          status
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

// The bank's check settlement file (paid, void and stale checks), imported once per file.
export const ImportCheckSettlementsMutation = graphql(`
  mutation ImportCheckSettlements($input: CheckSettlementImportInput!) {
    importCheckSettlements(input: $input) {
      __typename
      ... on MutationImportCheckSettlementsSuccess {
        data {
          id
          fileName
          settledCount
          voidedCount
          problems {
            checkNumber
            amount
            expected
            outcome
            code
          }
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

// The bank's NACHA return file: returned direct deposits, each reissued by check once.
export const ImportAchReturnsMutation = graphql(`
  mutation ImportAchReturns($input: AchReturnImportInput!) {
    importAchReturns(input: $input) {
      __typename
      ... on MutationImportAchReturnsSuccess {
        data {
          id
          fileName
          returnedCount
          unmatchedCount
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

// The GraphQL the application wizard uses. One query loads everything a step shows (the
// draft, the program's rules, the claimant's own record), so any step can be opened directly
// and the wizard resumes on any device.
import { graphql } from "@openleave/web";

export const ApplicationDraftQuery = graphql(`
  query ApplicationDraft($id: ID!) {
    claim(id: $id) {
      id
      status
      version
      claimNumber
      submittedAt
      leaveReason
      familyRelationship
      familyMemberFirstName
      familyMemberLastName
      familyMemberDateOfBirth
      conditionDescription
      employmentStartDate
      employmentEndDate
      regularHoursPerWeek
      hoursLast12Months
      daysWorked
      percentWorkTimeInState
      birthOrPlacementDate
      weeklyWages {
        weekEnding
        wages
      }
      leavePeriods {
        id
        kind
        startDate
        endDate
        hoursPerWeek
        episodesPerMonth
        hoursPerEpisode
      }
      employer {
        id
        name
      }
      program {
        id
        name
        jurisdiction
        code
        rules {
          coveredLeaveReasons
          familyMemberReasons
          ownHealthReasons
          coveredFamilyRelationships
          applicationFacts
          parametersKnownThrough
          documentRequirements {
            reason
            documentTypes
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
    }
    myProfile {
      id
      firstName
      lastName
      taxIdMasked
      dateOfBirth
      email
      phone
      mailingAddress {
        line1
        line2
        city
        state
        postalCode
      }
      employers {
        id
        name
        jurisdiction
      }
      wageRecords {
        id
        year
        quarter
        wages
        employer {
          id
        }
      }
      paymentPreference {
        id
        method
        routingNumber
        accountNumberMasked
        accountType
        federalWithholdingElected
      }
    }
  }
`);

export const MyDraftsQuery = graphql(`
  query MyDrafts {
    myProfile {
      id
      firstName
    }
    myClaims(first: 20) {
      edges {
        node {
          id
          status
          createdAt
          program {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      __typename
      ... on MutationCreateApplicationSuccess {
        data {
          id
          version
          status
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

export const UpdateApplicationMutation = graphql(`
  mutation UpdateApplication($input: UpdateApplicationInput!) {
    updateApplication(input: $input) {
      __typename
      ... on MutationUpdateApplicationSuccess {
        data {
          id
          version
          status
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

export const UpdateMyContactMutation = graphql(`
  mutation UpdateMyContact($input: ContactInput!) {
    updateMyContact(input: $input) {
      __typename
      ... on MutationUpdateMyContactSuccess {
        data {
          id
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

export const SetPaymentPreferenceMutation = graphql(`
  mutation SetPaymentPreference($input: PaymentPreferenceInput!) {
    setPaymentPreference(input: $input) {
      __typename
      ... on MutationSetPaymentPreferenceSuccess {
        data {
          id
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

export const CheckEligibilityMutation = graphql(`
  mutation CheckEligibility($claimId: ID!) {
    checkEligibility(claimId: $claimId) {
      __typename
      ... on MutationCheckEligibilitySuccess {
        data {
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

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($claimId: ID!, $attested: Boolean!) {
    submitApplication(claimId: $claimId, attested: $attested) {
      __typename
      ... on MutationSubmitApplicationSuccess {
        data {
          id
          status
          claimNumber
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

export const DiscardApplicationMutation = graphql(`
  mutation DiscardApplication($claimId: ID!) {
    discardApplication(claimId: $claimId) {
      __typename
      ... on MutationDiscardApplicationSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

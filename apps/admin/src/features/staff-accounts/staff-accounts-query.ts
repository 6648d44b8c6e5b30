import { graphql } from "@openleave/web";

export const StaffAccountsQuery = graphql(`
  query StaffAccounts {
    staffAccounts {
      id
      name
      email
      roles
      preferredLanguage
      disabledAt
      invitationPending
      lastSignedInAt
      createdAt
    }
  }
`);

export const InviteStaffMemberMutation = graphql(`
  mutation InviteStaffMember($input: InviteStaffMemberInput!) {
    inviteStaffMember(input: $input) {
      __typename
      ... on MutationInviteStaffMemberSuccess {
        data {
          id
          email
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

export const SetStaffRolesMutation = graphql(`
  mutation SetStaffRoles($input: SetStaffRolesInput!) {
    setStaffRoles(input: $input) {
      __typename
      ... on MutationSetStaffRolesSuccess {
        data {
          id
          roles
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

export const DisableStaffAccountMutation = graphql(`
  mutation DisableStaffAccount($input: StaffAccountChangeInput!) {
    disableStaffAccount(input: $input) {
      __typename
      ... on MutationDisableStaffAccountSuccess {
        data {
          id
          disabledAt
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

export const EnableStaffAccountMutation = graphql(`
  mutation EnableStaffAccount($input: StaffAccountChangeInput!) {
    enableStaffAccount(input: $input) {
      __typename
      ... on MutationEnableStaffAccountSuccess {
        data {
          id
          disabledAt
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

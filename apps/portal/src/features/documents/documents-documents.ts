import { graphql } from "@openleave/web";

// What an upload may be (size limit, types): asked once, so a wrong file is explained before
// anything is sent.
export const DocumentUploadPolicyQuery = graphql(`
  query DocumentUploadPolicy {
    documentUploadPolicy {
      maxBytes
      mimeTypes
      typeNames
      extensions
    }
  }
`);

export const RequestClaimDocumentUploadMutation = graphql(`
  mutation RequestClaimDocumentUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      __typename
      ... on MutationRequestDocumentUploadSuccess {
        data {
          uploadUrl
          maxBytes
          document {
            id
            status
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

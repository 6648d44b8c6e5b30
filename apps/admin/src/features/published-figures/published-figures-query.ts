import { graphql } from "@openleave/web";

// The figures this deployment published or proposed, the programs and the parameters a
// figure may be proposed for, in one request.
export const PublishedFiguresQuery = graphql(`
  query PublishedFigures {
    publishedFigures {
      id
      parameterId
      parameter {
        id
        label
        unit
      }
      value
      effectiveFrom
      effectiveTo
      citationTitle
      citationHref
      citationSection
      status
      proposedBy {
        id
        name
      }
      proposedAt
      decidedBy {
        id
        name
      }
      decidedAt
      decisionNote
      version
      canDecide
    }
    programs {
      id
      name
      jurisdiction
      code
    }
    figureParameters {
      id
      label
      unit
      valueKind
      programs
      packagedUntil
    }
  }
`);

export const ProposePublishedFigureMutation = graphql(`
  mutation ProposePublishedFigure($input: ProposePublishedFigureInput!) {
    proposePublishedFigure(input: $input) {
      __typename
      ... on MutationProposePublishedFigureSuccess {
        data {
          id
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

export const DecidePublishedFigureMutation = graphql(`
  mutation DecidePublishedFigure($input: DecidePublishedFigureInput!) {
    decidePublishedFigure(input: $input) {
      __typename
      ... on MutationDecidePublishedFigureSuccess {
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

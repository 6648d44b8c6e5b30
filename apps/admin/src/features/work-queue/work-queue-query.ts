import { graphql } from "@openleave/web";

export const WorkQueueQuery = graphql(`
  query WorkQueue($first: Int!, $queue: TaskQueue, $assignedToMe: Boolean, $unassigned: Boolean) {
    workQueue(first: $first, queue: $queue, assignedToMe: $assignedToMe, unassigned: $unassigned) {
      edges {
        node {
          id
          queue
          kind
          status
          dueAt
          createdAt
          overdue
          assignee {
            id
            name
          }
          employer {
            id
            name
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
            program {
              id
              jurisdiction
              code
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

export const AssignTaskMutation = graphql(`
  mutation AssignTask($taskId: ID!, $assigneeId: ID) {
    assignTask(taskId: $taskId, assigneeId: $assigneeId) {
      __typename
      ... on MutationAssignTaskSuccess {
        data {
          id
          status
          assignee {
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

export const QueueSummariesQuery = graphql(`
  query QueueSummaries {
    queueSummaries {
      queue
      open
      unassigned
      overdue
      oldestDueAt
    }
  }
`);

export const TakeNextTaskMutation = graphql(`
  mutation TakeNextTask($queue: TaskQueue) {
    takeNextTask(queue: $queue) {
      __typename
      ... on MutationTakeNextTaskSuccess {
        data {
          id
          kind
          queue
          status
          assignee {
            id
            name
          }
          claim {
            id
            claimNumber
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

export const StaffMembersQuery = graphql(`
  query StaffMembers {
    staffMembers {
      id
      name
    }
  }
`);

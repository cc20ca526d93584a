// Test-only helpers of @par/messaging (alias `@par/messaging/testing`): the bus contract and Kafka cleanup.
export { busContract, waitFor } from './bus-contract';
export { deleteTestTopics } from './delete-test-topics';

import { Admin } from '@platformatic/kafka';
import { kafkaBrokersFromEnv } from '../kafka-bus';

/** Deletes the topics a test run created on the shared local broker (names matching `pattern`). Tests only. */
export async function deleteTestTopics(pattern: RegExp): Promise<void> {
  const admin = new Admin({ clientId: 'par-test-cleanup', bootstrapBrokers: kafkaBrokersFromEnv() });
  try {
    const topics = (await admin.listTopics()).filter((t) => pattern.test(t));
    if (topics.length) await admin.deleteTopics({ topics });
  } finally {
    await admin.close();
  }
}

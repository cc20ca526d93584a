import type { SubscribeOptions } from '../bus';
import { topicLog, type InProcessState } from './topic-logs';

/**
 * Consumer groups of the in-process bus: committed offsets per group and topic, and one member at a time
 * consuming each of a group's topics (like one partition).
 */
const ownerKey = (groupId: string, topic: string) => `${groupId}\u0000${topic}`;

/**
 * Registers a member: a group new to a topic starts at its beginning or its end (`fromBeginning`), and a
 * topic no member of the group owns yet is owned by this one. Returns the group's offsets (shared, live).
 */
export function joinGroup(state: InProcessState, o: SubscribeOptions, member: object): Map<string, number> {
  let groupOffsets = state.offsets.get(o.groupId);
  if (!groupOffsets) state.offsets.set(o.groupId, (groupOffsets = new Map()));
  for (const t of o.topics) {
    if (!groupOffsets.has(t)) groupOffsets.set(t, o.fromBeginning ? 0 : topicLog(state, t).length);
    const k = ownerKey(o.groupId, t);
    if (!state.owners.has(k)) state.owners.set(k, member);
  }
  return groupOffsets;
}

/** Whether the member consumes the topic now; it takes over a topic whose owner has left. */
export function claimTopic(state: InProcessState, groupId: string, topic: string, member: object): boolean {
  const k = ownerKey(groupId, topic);
  if (!state.owners.has(k)) state.owners.set(k, member);
  return state.owners.get(k) === member;
}

/** Releases the topics the member owns, so another member of the group takes them over. */
export function leaveGroup(state: InProcessState, groupId: string, topics: string[], member: object): void {
  for (const t of topics) {
    const k = ownerKey(groupId, t);
    if (state.owners.get(k) === member) state.owners.delete(k);
  }
}

/** Messages of the topics not yet processed by the group. */
export function groupLag(state: InProcessState, topics: string[], groupOffsets: Map<string, number>): number {
  return topics.reduce((sum, t) => sum + Math.max(0, topicLog(state, t).length - (groupOffsets.get(t) ?? 0)), 0);
}

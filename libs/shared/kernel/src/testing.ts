import type { Decider } from './decider/decider';

/** Given-when-then specification for deciders (mirrors Emmett's DeciderSpecification). Tests only. */
export function deciderSpec<C, E, S>(decider: Decider<C, E, S>) {
  return (given: E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected: E[]) => expect(run()).toEqual(expected),
        thenThrows: (match: Record<string, unknown>) => {
          let error: unknown;
          try {
            run();
          } catch (e) {
            error = e;
          }
          expect(error).toMatchObject(match);
        },
      };
    },
  });
}

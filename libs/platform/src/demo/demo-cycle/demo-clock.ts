import type { DemoClock } from './run-demo-cycle';

/**
 * A platform clock the demo moves through the year: `moveTo('2026-11-05')` makes `now()` 09:00 of that day in
 * Vietnam, running on from there in real time. Passed to `startPlatform({ now })`, so the services decide phase
 * windows and deadlines on it as they would on the wall clock (the deciders never read a clock themselves).
 */
export function createDemoClock(startDate: string): DemoClock & { now(): Date } {
  let base = Date.parse(`${startDate}T09:00:00+07:00`);
  let movedAt = Date.now();
  return {
    now: () => new Date(base + (Date.now() - movedAt)),
    moveTo(isoDate: string) {
      const next = Date.parse(`${isoDate}T09:00:00+07:00`);
      if (Number.isNaN(next)) throw new RangeError(`not an ISO date: ${isoDate}`);
      base = next;
      movedAt = Date.now();
    },
  };
}

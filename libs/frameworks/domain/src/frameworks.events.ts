import type { CycleEvent } from './cycle/cycle.decider';
import type { FrameworkEvent } from './framework/framework.decider';
import type { UnitEvent } from './unit/unit.types';

/** Every internal event of the frameworks context (plain data; published as @par/frameworks-contracts v1). */
export type FrameworksEvent = FrameworkEvent | UnitEvent | CycleEvent;

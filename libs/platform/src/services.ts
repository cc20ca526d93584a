import type { ServiceDefinition } from '@par/nest-platform';
import { frameworksService } from '@par/service-frameworks';
import { assessmentsService } from '@par/service-assessments';
import { surveysService } from '@par/service-surveys';
import { rankingService } from '@par/service-ranking';
import { reportingService } from '@par/service-reporting';

/**
 * Every service of the platform, in start order. The subgraph list, the event producers, the projection registry
 * and rebuild, the SDL printer, the launchers and `startServices` all derive from this list: adding a service is
 * its folder under `services/` plus one line here (docs/CONVENTIONS.md, "Adding a service").
 */
export const SERVICES: readonly ServiceDefinition[] = [
  frameworksService,
  assessmentsService,
  surveysService,
  rankingService,
  reportingService,
];

export function findService(name: string, services: readonly ServiceDefinition[] = SERVICES): ServiceDefinition | undefined {
  return services.find((s) => s.name === name);
}

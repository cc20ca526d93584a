import type { ProjectionSpec } from '@par/projections';
import { evolvingHandler } from '@par/projections';
import { FRAMEWORKS_TOPIC } from '@par/frameworks-contracts';
import { catalogEvolution } from './catalog.evolve';

/** Tables of a schema's catalog, owned by that service's `catalog` projection. */
export const CATALOG_TABLES = [
  'catalog_frameworks',
  'catalog_units',
  'catalog_cycles',
  'catalog_cycle_phases',
  'catalog_unit_lineage',
] as const;

/** The `catalog` projection every consuming service runs over `par.frameworks.v1`, into its own schema. */
export function catalogProjection(schema: string, description: string): ProjectionSpec {
  return {
    name: 'catalog',
    topics: [FRAMEWORKS_TOPIC],
    owns: [...CATALOG_TABLES],
    description,
    handle: evolvingHandler(schema, catalogEvolution),
  };
}

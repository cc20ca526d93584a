import { describe, expect, it } from '@jest/globals';
import { EVENT_PRODUCERS, ownershipConflicts, PROJECTIONS } from './projection-registry';

describe('projection registry', () => {
  it('names every projection <service>.<name>, once', () => {
    const names = PROJECTIONS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'ranking.scores',
        'ranking.catalog',
        'reporting.scores',
        'assessments.catalog',
        'frameworks.catalog',
        'surveys.catalog',
        'surveys.tokens',
        'ranking.survey-points',
        'reporting.survey-points',
        'reporting.ranking-versions',
      ]),
    );
  });

  it('gives every owned table exactly one owner, and each projection at least one table', () => {
    expect(ownershipConflicts()).toEqual([]);
    for (const p of PROJECTIONS) expect(p.spec.owns.length).toBeGreaterThan(0);
    const dup = [...PROJECTIONS, PROJECTIONS.find((p) => p.name === 'ranking.scores')!];
    expect(ownershipConflicts(dup)).toEqual([
      'ranking.scores owned by ranking.scores and ranking.scores',
      'ranking.not_applicable owned by ranking.scores and ranking.scores',
      'ranking.results owned by ranking.scores and ranking.scores',
      'ranking.finalized_units owned by ranking.scores and ranking.scores',
    ]);
  });

  it('maps every consumed topic to its producer, and rebuilds catalogs before what reads them', () => {
    for (const p of PROJECTIONS) expect(p.producers.map((x) => x.topic)).toEqual(p.spec.topics);
    expect(EVENT_PRODUCERS.map((p) => p.service)).toEqual(['frameworks', 'assessments', 'surveys', 'ranking']);
    const at = (n: string) => PROJECTIONS.findIndex((p) => p.name === n);
    expect(at('ranking.catalog')).toBeLessThan(at('ranking.survey-points'));
    expect(at('ranking.catalog')).toBeLessThan(at('ranking.scores'));
    // ranking.catalog's handler rewrites ranking.results, owned by ranking.scores (declared, so documented in `list`).
    expect(PROJECTIONS[at('ranking.catalog')]!.spec.alsoWrites).toEqual(['results']);
  });
});

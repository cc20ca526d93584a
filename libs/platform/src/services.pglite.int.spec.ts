/*
 * Acceptance of "one service definition": a writing service with one projection, added by ONE line
 * (`[...SERVICES, notesService]`), appears in the subgraph list, the event producers, the projection registry
 * (and its rebuild, run here on PGlite from the service's own store) and the SDL printer.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPgliteDatabase, type Database } from '@par/database';
import type { ProvinceId, RequestContext } from '@par/kernel';
import { createInProcessBus, type MessageBus } from '@par/messaging';
import { rebuildProjection } from '@par/projections';
import { eventProducersOf, findProjection, projectionsOf } from './projections/projection-registry';
import { printSubgraphSdl } from './print-subgraph';
import { SERVICES } from './services';
import { startServices, stopServices, drainForwarders, type RunningService } from './start-services';
import { subgraphsOf } from './subgraphs';
import { eventually } from './demo/seed-demo-province';
import { notesService } from './testing/notes-service/notes.service';

const services = [...SERVICES, notesService];
const A = 'tinh-a' as ProvinceId;
const ctx: RequestContext = { province: A, actor: { id: 'u', roles: ['dha_admin'] }, correlationId: randomUUID() };

describe('a service added by one line to the list', () => {
  let db: Database;
  let bus: MessageBus;
  let running: RunningService[] = [];
  beforeAll(async () => {
    db = await createPgliteDatabase();
    bus = createInProcessBus();
  });
  afterAll(async () => {
    await stopServices(running);
    await bus.close();
    await db.close();
  });

  it('is a subgraph, an event producer and owns a registered projection', () => {
    expect(subgraphsOf(services).map((s) => `${s.name}:${s.port}`)).toEqual([
      'frameworks:4101',
      'assessments:4102',
      'surveys:4103',
      'ranking:4104',
      'reporting:4105',
      'notes:4199',
    ]);
    expect(eventProducersOf(services).map((p) => `${p.service}→${p.topic}`)).toEqual([
      'frameworks→par.frameworks.v1',
      'assessments→par.assessments.v1',
      'surveys→par.surveys.v1',
      'ranking→par.ranking.v1',
      'notes→par.notes.v1',
    ]);
    const p = findProjection('notes.notes', projectionsOf(services));
    expect(p).toMatchObject({ service: 'notes', schema: 'notes', spec: { owns: ['notes'] } });
    expect(p!.producers.map((x) => x.service)).toEqual(['notes']);
    expect(findProjection('notes.notes', projectionsOf())).toBeUndefined();
  });

  it('runs live (store → forwarder → projection) and its rebuild from the store equals the live read model', async () => {
    running = await startServices({
      services,
      only: ['notes'],
      listen: false,
      runtimeFor: () => ({ db, bus, internalSecret: 'x'.repeat(32), now: () => new Date() }),
    });
    const store = notesService.openStore!(db);
    for (const [stream, text] of [
      ['note-1', 'một'],
      ['note-2', 'hai'],
      ['note-1', 'ba'],
    ] as const) {
      await store.append(stream, [{ type: 'NoteWritten', data: { text } }], {
        expectedVersion: 'any',
        context: ctx,
        occurredAt: new Date(),
      });
    }
    await drainForwarders(running);
    const notes = () =>
      db.withProvince(A, async (tx) => (await tx.query(`SELECT stream_id, text, revisions FROM notes.notes ORDER BY stream_id`)).rows);
    const expected = [
      { stream_id: 'note-1', text: 'ba', revisions: 2 },
      { stream_id: 'note-2', text: 'hai', revisions: 1 },
    ];
    await eventually(async () => JSON.stringify(await notes()) === JSON.stringify(expected), 10_000, 'the live notes projection');

    const summary = await rebuildProjection(db, findProjection('notes.notes', projectionsOf(services))!);
    expect(summary).toMatchObject({ read: 3, applied: 3, notPublished: 0, failed: [], cleared: { 'notes.notes': 2 } });
    expect(await notes()).toEqual(expected);
  });

  it('prints its own SDL, without the other subgraphs’ types (their GraphQL modules were never loaded)', async () => {
    const sdl = await printSubgraphSdl(notesService);
    expect(sdl).toMatch(/type Note \{/);
    expect(sdl).toMatch(/notes: \[Note!\]!/);
    expect(sdl).toMatch(/noteStreams: Int!/);
    for (const foreign of ['RankingRow', 'SurveyCriterion', 'FrameworkVersion', 'ScoreChange', 'LostPointsReport'])
      expect(sdl).not.toContain(`type ${foreign} `);
  });
});

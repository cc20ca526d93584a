/*
 * A small writing service with one projection, used only by tests to prove that a service is its folder plus
 * one line in the services list (`[...SERVICES, notesService]`). Not part of SERVICES.
 */
import type { Sql } from '@par/database';
import { eventMessage } from '@par/event-store';
import { defineService } from '@par/nest-platform';
import { evolvingHandler, upsert, type EvolvingProjection } from '@par/projections';
import { rlsTableSql } from '@par/database';
import { NOTES_SCHEMA } from './notes.tokens';

export const NOTES_TOPIC = 'par.notes.v1';

/** A `NoteWritten` event as published (the stored event itself, `eventMessage`). */
interface NoteWritten {
  province: string;
  streamId: string;
  data: { text: string };
}
interface NoteRow {
  province: string;
  stream_id: string;
  text: string;
  revisions: number;
}

/** Each note's latest text and how many times it was written: load the row, evolve it, write it. */
export const notesProjection: EvolvingProjection<NoteWritten, NoteRow | undefined> = {
  tables: { notes: ['province', 'stream_id'] },
  decode: (m) => m.value as NoteWritten,
  load: async (tx: Sql, schema, e) =>
    (await tx.query<NoteRow>(`SELECT * FROM ${schema}.notes WHERE province = $1 AND stream_id = $2`, [e.province, e.streamId])).rows[0],
  evolve: (row, e) => [
    upsert('notes', { province: e.province, stream_id: e.streamId, text: e.data.text, revisions: (row?.revisions ?? 0) + 1 }),
  ],
};

export const notesService = defineService({
  name: 'notes',
  port: 4199,
  schema: NOTES_SCHEMA,
  graphql: () => import('./notes.module').then((m) => m.NotesModule),
  migrations: [
    {
      name: '0001-notes',
      sql: `CREATE TABLE {{schema}}.notes (province text NOT NULL, stream_id text NOT NULL, text text NOT NULL, revisions int NOT NULL,
              PRIMARY KEY (province, stream_id));\n${rlsTableSql('{{schema}}.notes')}`,
    },
  ],
  eventStore: {},
  publishes: { topic: NOTES_TOPIC, toMessage: (e) => eventMessage(NOTES_TOPIC, e) },
  projections: [
    {
      name: 'notes',
      topics: [NOTES_TOPIC],
      owns: ['notes'],
      description: 'Notes and their revision counts (test service)',
      handle: evolvingHandler(NOTES_SCHEMA, notesProjection),
    },
  ],
});

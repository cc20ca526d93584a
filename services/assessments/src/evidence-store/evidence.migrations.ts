import { rlsTableSql, type Migration } from '@par/database';

/**
 * The evidence store: each document's bytes once per province and SHA-256 (content-addressed), under
 * row-level security, province first in the key. Written by the attach-evidence handler before its event is
 * appended; the assessment stream's `EvidenceAttached` events say which unit and item cite which hash.
 */
export const evidenceMigrations = (): Migration[] => [
  {
    name: 'assessments-0001-evidence-blobs',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.evidence_blobs (
  province text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL CHECK (size >= 0),
  media_type text NOT NULL,
  content bytea NOT NULL,
  stored_at timestamptz NOT NULL,
  PRIMARY KEY (province, sha256));
${rlsTableSql('{{schema}}.evidence_blobs')}
`,
  },
];

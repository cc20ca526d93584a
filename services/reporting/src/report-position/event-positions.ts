import type { Sql } from '@par/database';
import { ParError } from '@par/kernel';
import { sortedPositions, type EventPosition } from '@par/reporting-documents';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/** How many times a report is read again when a projection committed while it was being read. */
export const POSITION_TRIES = 5;

/**
 * The reporting projections' checkpoints: the last offset each one applied per topic partition (Kafka positions,
 * shared by all provinces; the table holds no province data). Runs inside `db.withProvince`.
 */
export async function readEventPositions(tx: Sql): Promise<EventPosition[]> {
  const { rows } = await tx.query<EventPosition>(
    `SELECT projection, topic, partition, "offset"::text AS "offset" FROM ${REPORTING_SCHEMA}.projection_checkpoints`,
  );
  return sortedPositions(rows);
}

const samePositions = (a: readonly EventPosition[], b: readonly EventPosition[]) =>
  a.length === b.length &&
  a.every(
    (p, i) => p.projection === b[i]!.projection && p.topic === b[i]!.topic && p.partition === b[i]!.partition && p.offset === b[i]!.offset,
  );

/**
 * Reads a report's sources at one event position: the checkpoints before and after `read`; a projection writes its
 * rows and its checkpoint in one transaction, so equal checkpoints mean that no projection committed in between and
 * every row `read` saw is exactly the state at those positions (read again otherwise, up to POSITION_TRIES times).
 */
export async function atEventPositions<T>(tx: Sql, read: () => Promise<T>): Promise<{ value: T; positions: EventPosition[] }> {
  let before = await readEventPositions(tx);
  for (let i = 1; ; i++) {
    const value = await read();
    const after = await readEventPositions(tx);
    if (samePositions(before, after)) return { value, positions: after };
    if (i >= POSITION_TRIES) {
      throw new ParError({
        code: 'REPORT_SOURCE_CHANGING',
        messageVi: 'Số liệu của báo cáo đang được cập nhật liên tục; vui lòng thử lại sau ít phút.',
        detail: `The reporting projections committed during each of ${POSITION_TRIES} reads; no consistent event position`,
      });
    }
    before = after;
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_PROVINCE_REPORTS } from '@par/auth';
import { NotFoundError } from '@par/kernel';
import { findCycle, findFramework } from '@par/frameworks-catalog';
import { readUpload, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { MAX_TABLE_BYTES, readTableFile, reconcileTables } from '@par/reporting-documents';
import type { Framework } from '@par/scoring';
import { ReconcilePublishedTableQuery } from './reconcile-published-table.query';
import type { TableReconciliationType } from './reconcile-published-table.type';
import { REPORTING_SCHEMA } from '../reporting.tokens';

const text = (v: number | string | undefined) => (v === undefined ? null : String(v));

/** A hand-typed published table (CSV/XLSX upload) checked against the framework of a cycle: every contradiction. */
@QueryHandler(ReconcilePublishedTableQuery)
export class ReconcilePublishedTableHandler implements IQueryHandler<ReconcilePublishedTableQuery> {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute({ ctx, cycleId, file }: ReconcilePublishedTableQuery): Promise<TableReconciliationType> {
    assertAllowed(ctx, READ_PROVINCE_REPORTS);
    const framework = await this.runtime.db.withProvince(ctx.province, async (tx) => {
      const cycle = await findCycle(tx, REPORTING_SCHEMA, ctx.province, cycleId);
      if (!cycle)
        throw new NotFoundError(
          'UNKNOWN_CYCLE',
          `Không tìm thấy kỳ đánh giá "${cycleId}".`,
          `Cycle ${cycleId} not found in province ${ctx.province}`,
        );
      const fw = await findFramework(tx, REPORTING_SCHEMA, ctx.province, cycle.frameworkId, cycle.frameworkVersion);
      if (!fw)
        throw new NotFoundError(
          'REPORT_SOURCE_MISSING',
          'Chưa có đủ dữ liệu để đối chiếu (bộ tiêu chí chưa được đồng bộ).',
          `Framework ${cycle.frameworkId} not in the read model`,
        );
      return fw.definition as Framework;
    });
    const upload = await readUpload(file, MAX_TABLE_BYTES);
    const r = reconcileTables(await readTableFile(new Uint8Array(upload.bytes), upload.fileName), framework);
    return {
      fileName: upload.fileName,
      ok: r.ok,
      checks: r.checks,
      contradictions: r.contradictions.map((c) => ({
        code: c.code,
        place: c.place,
        message: c.message,
        detail: c.detail,
        expected: text(c.expected),
        actual: text(c.actual),
        size: c.size ?? null,
      })),
      notes: r.notes.map((n) => ({ place: n.place, message: n.message })),
      problems: r.problems.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, code: p.code, message: p.message })),
    };
  }
}

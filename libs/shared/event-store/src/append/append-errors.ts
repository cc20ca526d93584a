import { ConcurrencyConflictError, ForbiddenError, ParError } from '@par/kernel';
import { isConnectionError } from '@par/database';
import type { ExpectedVersion } from '../types';

/** What an `append_batch` failure means to the caller (errors the store does not know pass through). */
export function appendError(e: unknown, streamId: string, expected: ExpectedVersion): unknown {
  const err = e as { code?: string; message?: string; detail?: string; constraint?: string };
  if (err.code === 'PA409') return new ConcurrencyConflictError(streamId, expected, Number(err.detail));
  if (err.code === 'PA403') return new ForbiddenError(String(err.message));
  if (isConnectionError(e)) {
    // Retries are exhausted; the last attempt may or may not have committed.
    const unavailable = new ParError({
      code: 'STORE_UNAVAILABLE',
      messageVi: 'Không kết nối được cơ sở dữ liệu; thao tác có thể chưa được lưu. Vui lòng tải lại để kiểm tra rồi thử lại.',
      detail:
        `Event store unreachable while appending to ${streamId} (${String(err.code ?? err.message)}); the outcome is unknown. ` +
        'Re-sending is safe with the same event ids or an exact expectedVersion, not with generated ids and "any".',
    });
    return Object.assign(unavailable, { cause: e });
  }
  if (err.code === '23505' && /event_id/.test(String(err.message) + String(err.constraint))) {
    return new ParError({
      code: 'EVENT_ID_REUSED',
      messageVi: 'Mã sự kiện đã được dùng cho một luồng dữ liệu khác.',
      detail: `An event id given for stream ${streamId} is already stored in another stream`,
    });
  }
  return e;
}

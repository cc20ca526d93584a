import { formatNumberVi, ParError } from '@par/kernel';
import { databaseFromEnv, pgUrlsFromEnv, type Database } from '@par/database';

/** Numbers as operators read them (`87.461`). */
export const vi = (n: number) => formatNumberVi(n, 3, false);

/** An error message for the terminal: Vietnamese message, then code and English detail. */
export function describeError(e: unknown): string {
  if (e instanceof ParError) return `${e.messageVi} [${e.code}] ${e.detail}`;
  return e instanceof Error ? e.message : String(e);
}

/** Runs `fn` with PostgreSQL from PAR_PG_* (local-stack defaults); always closes the pools. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await databaseFromEnv();
  try {
    return await fn(db);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === '28P01' || code === '3D000' || code === 'ENOTFOUND') {
      const u = new URL(pgUrlsFromEnv().appUrl);
      throw new Error(
        `Không kết nối được PostgreSQL ${u.host}${u.pathname} (${code}): ${describeError(e)}. Check PAR_PG_URL / PAR_PG_SYSTEM_URL / PAR_PG_OWNER_URL.`,
        { cause: e },
      );
    }
    if (code === '42P01') {
      throw new Error(
        `Cơ sở dữ liệu chưa có bảng cần thiết (${describeError(e)}): start the services once against it (they run the migrations).`,
        { cause: e },
      );
    }
    throw e;
  } finally {
    await db.close();
  }
}

/**
 * Every error a user can see carries a stable code, a Vietnamese message for the user and an
 * English detail for developers. GraphQL maps it to `extensions.code` / `extensions.detail`.
 */
export interface ParErrorShape {
  readonly code: string;
  readonly messageVi: string;
  readonly detail: string;
  readonly meta?: Readonly<Record<string, unknown>>;
}

export class ParError extends Error implements ParErrorShape {
  readonly code: string;
  readonly messageVi: string;
  readonly detail: string;
  readonly meta?: Readonly<Record<string, unknown>>;

  constructor(shape: ParErrorShape) {
    super(shape.messageVi);
    this.name = 'ParError';
    this.code = shape.code;
    this.messageVi = shape.messageVi;
    this.detail = shape.detail;
    if (shape.meta) this.meta = shape.meta;
  }

  toJSON(): ParErrorShape {
    return { code: this.code, messageVi: this.messageVi, detail: this.detail, ...(this.meta && { meta: this.meta }) };
  }
}

/** Business rule violated by the input (score above max, unknown criterion, ...). */
export class ValidationError extends ParError {
  constructor(shape: ParErrorShape) {
    super(shape);
    this.name = 'ValidationError';
  }
}

/** Expected stream version did not match: somebody else changed the same thing first. */
export class ConcurrencyConflictError extends ParError {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | string,
    readonly actualVersion: number,
  ) {
    super({
      code: 'CONCURRENCY_CONFLICT',
      messageVi: 'Dữ liệu đã được người khác thay đổi trong lúc bạn thao tác. Vui lòng tải lại và thử lại.',
      detail: `Stream ${streamId}: expected version ${String(expectedVersion)}, actual version ${actualVersion}`,
      meta: { streamId, expectedVersion, actualVersion },
    });
    this.name = 'ConcurrencyConflictError';
  }
}

export class UnauthenticatedError extends ParError {
  constructor(detail: string) {
    super({ code: 'UNAUTHENTICATED', messageVi: 'Bạn chưa đăng nhập hoặc phiên đăng nhập không hợp lệ.', detail });
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends ParError {
  constructor(detail: string, messageVi = 'Bạn không có quyền thực hiện thao tác này.') {
    super({ code: 'FORBIDDEN', messageVi, detail });
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends ParError {
  constructor(code: string, messageVi: string, detail: string) {
    super({ code, messageVi, detail });
    this.name = 'NotFoundError';
  }
}

export function isParError(e: unknown): e is ParError {
  return e instanceof ParError;
}

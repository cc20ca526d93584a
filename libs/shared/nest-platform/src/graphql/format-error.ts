import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isParError } from '@par/kernel';
import { isConnectionError } from '@par/database';
import { errorFields, platformLogger } from '@par/observability';

/**
 * GraphQL errors users see: `message` in Vietnamese, `extensions.code` stable, `extensions.detail` in
 * English for developers. Unexpected errors are not leaked.
 */
export function formatParError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // an error thrown before execution (a plugin's, e.g. the text rule) has no path: its ParError is its originalError
  const original = unwrapped instanceof GraphQLError && isParError(unwrapped.originalError) ? unwrapped.originalError : unwrapped;
  if (isParError(original)) {
    return {
      message: original.messageVi,
      ...(formatted.path && { path: formatted.path }),
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: { code: original.code, detail: original.detail, ...(original.meta && { meta: original.meta }) },
    };
  }
  if (isConnectionError(original)) {
    platformLogger('graphql').error(errorFields(original), 'database unreachable');
    return {
      message: 'Không kết nối được cơ sở dữ liệu; thao tác có thể chưa được lưu. Vui lòng tải lại để kiểm tra rồi thử lại sau ít phút.',
      ...(formatted.path && { path: formatted.path }),
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: {
        code: 'DATABASE_UNAVAILABLE',
        detail: 'Database connection lost or unreachable; a write may or may not have committed (see service logs)',
      },
    };
  }
  const code = formatted.extensions?.['code'];
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    platformLogger('graphql').error(errorFields(original), 'unexpected error');
    return {
      message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
      ...(formatted.path && { path: formatted.path }),
      extensions: { code: 'INTERNAL', detail: 'Unexpected server error (see service logs)' },
    };
  }
  return {
    ...formatted,
    message: 'Yêu cầu không hợp lệ: ' + formatted.message,
    extensions: { ...formatted.extensions, detail: formatted.message },
  };
}

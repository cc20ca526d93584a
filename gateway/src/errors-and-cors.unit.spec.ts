import { describe, expect, it } from '@jest/globals';
import { maskError } from './errors-and-cors';

describe('maskError (what an error may show a user at the gateway)', () => {
  it('passes a coded error whose message and meta name JSON pointers (a framework problem is not a file path)', () => {
    const problems = [{ path: '/components/0/criteria/0/subCriteria/0', code: 'SCHEMA_UNKNOWN_FIELD', line: 28, column: 47 }];
    const error = {
      message: 'Bộ tiêu chí không hợp lệ: 1 lỗi. /components/0/criteria/0/subCriteria/0 (dòng 28, cột 47): Trường "phản ánh" không có.',
      path: ['publishFramework'],
      extensions: {
        code: 'FRAMEWORK_INVALID',
        detail: '/components/0/criteria/0/subCriteria/0:28:47 SCHEMA_UNKNOWN_FIELD: Unknown property phản ánh',
        meta: { problems },
      },
    };
    expect(maskError(error)).toEqual(error);
  });

  it.each([
    ['a path under a server root', 'ENOENT: no such file or directory, open /work/main/dist/x'],
    ['a home directory', 'cannot read (/home/par/.config)'],
    ['a file with an extension anywhere', 'failed in /bundle/chunks/main.mjs:12:3'],
    ['a file:// URL', 'at file:///srv/app.js'],
    ['a stack frame', 'Error: boom\n    at run (x)'],
    ['node_modules', 'from node_modules/pg'],
  ])('masks %s as INTERNAL', (_what, message) => {
    expect(maskError({ message, path: ['x'], extensions: { code: 'SOME_CODE' } })).toEqual({
      message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
      path: ['x'],
      extensions: { code: 'INTERNAL', detail: 'Unexpected server error (see gateway and service logs)' },
    });
  });

  it('drops a detail or meta that names a server path, keeping the coded message', () => {
    const masked = maskError({
      message: 'Lỗi',
      extensions: { code: 'X', detail: 'read /var/lib/par/file', meta: { file: '/tmp/upload-1/a.xlsx' } },
    });
    expect(masked).toEqual({ message: 'Lỗi', extensions: { code: 'X' } });
  });
});

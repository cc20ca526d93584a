import { ValidationError } from '../errors/par-error';
import { formatNumberVi } from '../format/vietnamese';

/** The largest JSON GraphQL request the gateway admits (a framework definition fits many times over): 1 MiB. */
export const MAX_JSON_REQUEST_BYTES = 1024 * 1024;

/** The longest text a user may type into one field (a note, a reason, a name, an explanation): 10,000 characters. */
export const MAX_TEXT_LENGTH = 10_000;

/** C0 control characters and DEL, except tab, line feed and carriage return (which a text may hold). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The one rule for text typed into the platform: no control character (NUL, BEL, …), and at most MAX_TEXT_LENGTH
 * characters unless the field holds a whole document (`document`: a framework definition, bounded by the request
 * size instead). Throws TEXT_CONTROL_CHARACTER or TEXT_TOO_LONG naming the field, never echoing the value.
 */
export function checkTextInput(field: string, value: string, opts: { document?: boolean } = {}): void {
  const control = CONTROL_CHARACTER.exec(value)?.[0];
  if (control !== undefined) {
    throw new ValidationError({
      code: 'TEXT_CONTROL_CHARACTER',
      messageVi: `Trường "${field}" chứa ký tự điều khiển không hợp lệ (${hex(control)}); hãy xoá ký tự đó rồi gửi lại.`,
      detail: `Field ${field} contains the control character ${hex(control)}`,
      meta: { field, character: hex(control) },
    });
  }
  if (!opts.document) checkTextLength(value, MAX_TEXT_LENGTH, { vi: `Trường "${field}"`, en: `Field ${field}` });
}

/**
 * TEXT_TOO_LONG when a typed text is over its bound (nothing is cut silently): the platform-wide ceiling above, and
 * the tighter bounds of particular fields (a reason: 2,000 characters; a team name: 200) in their deciders.
 */
export function checkTextLength(text: string, max: number, what: { vi: string; en: string }): void {
  if (text.length <= max) return;
  throw new ValidationError({
    code: 'TEXT_TOO_LONG',
    messageVi: `${what.vi} dài ${formatNumberVi(text.length, 0)} ký tự, vượt quá giới hạn ${formatNumberVi(max, 0)} ký tự.`,
    detail: `${what.en} has ${text.length} characters; at most ${max} are accepted`,
    meta: { length: text.length, max },
  });
}

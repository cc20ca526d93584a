import { markdownText } from './markdown';
import { checkTextInput, MAX_TEXT_LENGTH } from './text-input';

describe('markdownText: what users typed, inert in Markdown', () => {
  it('keeps a plain Vietnamese reason as it is', () => {
    expect(markdownText('Bổ sung tài liệu kiểm chứng: báo cáo quý IV (số 12/BC-UBND).')).toBe(
      'Bổ sung tài liệu kiểm chứng: báo cáo quý IV (số 12/BC-UBND).',
    );
  });

  it('cannot end a cell, start a heading or a row, carry HTML, emphasis or a link', () => {
    expect(markdownText('Thiếu | cột giả |\n# Tiêu đề giả mạo\r\n<img src=x onerror=alert(1)> *đậm* [liên kết](x) `mã` a\\b & c')).toBe(
      'Thiếu \\| cột giả \\| # Tiêu đề giả mạo &lt;img src=x onerror=alert(1)&gt; \\*đậm\\* \\[liên kết\\](x) \\`mã\\` a\\\\b &amp; c',
    );
  });
});

describe('checkTextInput: the one rule for typed text', () => {
  it('accepts text with tabs and line breaks, up to the limit', () => {
    expect(() => checkTextInput('reason', 'Dòng 1\n\tDòng 2\r\n')).not.toThrow();
    expect(() => checkTextInput('reason', 'a'.repeat(MAX_TEXT_LENGTH))).not.toThrow();
  });

  it('refuses control characters, naming the field and the character, never echoing the value', () => {
    for (const [c, hex] of [
      ['\u0000', 'U+0000'],
      ['\u0007', 'U+0007'],
      ['\u007f', 'U+007F'],
    ] as const) {
      expect(() => checkTextInput('note', `bí mật${c}`)).toThrow(
        expect.objectContaining({ code: 'TEXT_CONTROL_CHARACTER', meta: { field: 'note', character: hex } }),
      );
    }
    try {
      checkTextInput('note', 'bí mật\u0000');
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain('bí mật');
      expect((e as { messageVi: string }).messageVi).toBe(
        'Trường "note" chứa ký tự điều khiển không hợp lệ (U+0000); hãy xoá ký tự đó rồi gửi lại.',
      );
    }
  });

  it('refuses text over 10,000 characters, except in a document field', () => {
    expect(() => checkTextInput('reason', 'a'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(
      expect.objectContaining({
        code: 'TEXT_TOO_LONG',
        messageVi: 'Trường "reason" dài 10.001 ký tự, vượt quá giới hạn 10.000 ký tự.',
        meta: { length: 10_001, max: 10_000 },
      }),
    );
    expect(() => checkTextInput('definition', 'a'.repeat(200_000), { document: true })).not.toThrow();
    expect(() => checkTextInput('definition', 'a\u0000', { document: true })).toThrow(
      expect.objectContaining({ code: 'TEXT_CONTROL_CHARACTER' }),
    );
  });
});

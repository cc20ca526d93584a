import { auditFieldLabel, changesScore, currentCursor, firstPage, formatAuditValue, nextPage, previousPage } from './audit-view';

describe('audit values', () => {
  it('prints scores with a decimal comma, yes/no in Vietnamese, nothing as a dash, text as typed', () => {
    expect(formatAuditValue('scores.self', '1.5')).toBe('1,5');
    expect(formatAuditValue('scores.appraised', '3')).toBe('3');
    expect(formatAuditValue('scores.self', null)).toBe('—');
    expect(formatAuditValue('explanationThreads.open', 'true')).toBe('Có');
    // a note that looks like a number is the unit's text
    expect(formatAuditValue('scores.selfNote', '12.5')).toBe('12.5');
    expect(formatAuditValue('notApplicable', 'Không có đơn vị sự nghiệp')).toBe('Không có đơn vị sự nghiệp');
    expect(formatAuditValue('scores.selfNote', '<b>ban hành</b>')).toBe('<b>ban hành</b>');
  });

  it('describes an explanation thread kept as JSON by its entries, and names the fields the server names by path', () => {
    const entries = JSON.stringify([
      { kind: 'explanation', text: 'Đã hoàn thành', evidenceSha256s: [] },
      { kind: 'decision', outcome: 'changed', reason: 'Đúng' },
    ]);
    expect(formatAuditValue('explanationThreads.entries', entries)).toBe('Đơn vị giải trình; Người thẩm định quyết định');
    expect(formatAuditValue('explanationThreads.entries', '[1,2]')).toBe('2 mục');
    expect(formatAuditValue('notApplicable', '[không phải JSON')).toBe('[không phải JSON');
    expect(auditFieldLabel('explanationThreads.open', 'explanationThreads.open')).toBe('Giải trình đang chờ quyết định');
    expect(auditFieldLabel('scores.appraised', 'Điểm thẩm định')).toBe('Điểm thẩm định');
  });

  it('tells score changes from other events', () => {
    expect(changesScore([{ field: 'scores.self' }, { field: 'scores.selfNote' }])).toBe(true);
    expect(changesScore([{ field: 'explanationThreads.open' }])).toBe(false);
    expect(changesScore([])).toBe(false);
  });
});

describe('history paging', () => {
  it('goes forward with each end cursor and back to the pages before', () => {
    let p = firstPage();
    expect(currentCursor(p)).toBeNull();
    p = nextPage(p, '1227:3');
    p = nextPage(p, '1301:9');
    expect(currentCursor(p)).toBe('1301:9');
    p = previousPage(p);
    expect(currentCursor(p)).toBe('1227:3');
    p = previousPage(previousPage(p));
    expect(currentCursor(p)).toBeNull();
    expect(nextPage(p, null)).toBe(p);
  });
});

import { describe, expect, it } from '@jest/globals';
import { runsText, type Block, type TableBlock } from '../model/report-document';
import { formatCell } from '../model/format-cell';
import { bacKan2023 } from '../testing/bac-kan-2023';
import { buildRankingReport } from './build-ranking-report';

const seed = bacKan2023();
const doc = buildRankingReport(seed.district);
const table = (sheet: string) => doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.sheet === sheet)!;
const text = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? runsText(b.runs)
        : b.kind === 'heading'
          ? b.text
          : b.kind === 'bullets'
            ? b.items.map((i) => (typeof i === 'string' ? i : runsText(i))).join('\n')
            : '',
    )
    .join('\n');
const printed = (t: TableBlock) => t.rows.map((r) => r.map((c, i) => formatCell(c, t.columns[i])));

describe('buildRankingReport (Bắc Kạn 2023 district cycle, report 118/BC-PNV)', () => {
  it('states the framework structure and the survey share as the seed does', () => {
    const all = text(doc.blocks);
    expect(all).toContain('07 lĩnh vực với 39 TC và 80 TCTP, trong đó 28 TCTP là điều tra XHH');
    expect(all).toContain('Lĩnh vực chỉ đạo, điều hành CCHC: 08 TC và 11 TCTP (điều tra XHH 05 TCTP);');
    expect(all).toContain('điểm tự đánh giá, thẩm định 86 điểm; điểm đánh giá qua điều tra XHH 14 điểm (14% tổng điểm)');
    expect(all).toContain('Đơn vị tốt: đạt từ 80 đến 100 điểm.');
    expect(all).toContain('Đơn vị yếu: dưới 50 điểm.');
    expect(table('Bộ tiêu chí').footer).toEqual(['', 'Tổng cộng', 39, 80, 28, 100, 86, 14]);
  });

  it("has the survey table of II.1 with the framework maxima (2,50 for component 1, not the seed's 2,00)", () => {
    const t = table('Điểm điều tra XHH');
    expect(t.columns[2]!.header).toBe('Chỉ đạo điều hành (2,50)');
    expect(printed(t)[0]).toEqual(['1', 'TP Bắc Kạn', '2,052', '1,895', '2,036', '0,877', '2,191', '1,332', '1,688', '12,071']);
    // every row's parts add up to its total (the engine's fixed-point sums)
    for (const r of t.rows) {
      const parts = (r.slice(2, -1) as number[]).reduce((s, v) => s + Math.round(v * 1000), 0);
      expect(parts).toBe(Math.round((r.at(-1) as number) * 1000));
    }
  });

  it('ranks and classes every district as the seed prints them, with the index', () => {
    const rows = printed(table('Xếp hạng'));
    expect(rows.map((r) => [r[1], r[2], r[5], r[6]])).toEqual([
      ['TP Bắc Kạn', '87,461', '1', 'Tốt'],
      ['Huyện Ngân Sơn', '87,109', '2', 'Tốt'],
      ['Huyện Chợ Mới', '83,289', '3', 'Tốt'],
      ['Huyện Chợ Đồn', '82,791', '4', 'Tốt'],
      ['Huyện Bạch Thông', '82,697', '5', 'Tốt'],
      ['Huyện Pác Nặm', '79,274', '6', 'Khá'],
      ['Huyện Na Rì', '79,206', '7', 'Khá'],
      ['Huyện Ba Bể', '79,041', '8', 'Khá'],
    ]);
  });

  it("gives TP Bắc Kạn's component breakdown and lost criteria as in II.2.1-2.7", () => {
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.title.endsWith('TP Bắc Kạn'))!;
    expect(t.only).toBe('docx');
    const p = printed(t);
    expect(p.map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      ['12,480', '13,940', '2,052', '0,060'],
      ['9,000', '9,000', '1,895', '0,000'],
      ['16,500', '13,250', '2,036', '5,750'],
      ['5,000', '5,000', '0,877', '0,000'],
      ['9,500', '9,500', '2,191', '1,500'],
      ['10,000', '8,000', '1,332', '2,000'],
      ['16,900', '16,700', '1,688', '1,300'],
    ]);
    const all = text(doc.blocks);
    expect(all).toContain('Tổng điểm: 87,461/100 điểm; xếp hạng 1/8; xếp loại Tốt.');
    expect(all).toContain('3. Cải cách thủ tục hành chính — các tiêu chí mất điểm (5,75 điểm):');
    expect(all).toContain('Cập nhật hồ sơ TTHC trên phần mềm Một cửa điện tử: -2 điểm');
    expect(all).toContain('Mức độ thực hiện kế hoạch (nhiệm vụ, nội dung) CCHC: -0,04 điểm');
    const lost = table('Tiêu chí mất điểm');
    expect(lost.rows.filter((r) => r[0] === 'TP Bắc Kạn').reduce((s, r) => s + Math.round((r[4] as number) * 1000), 0)).toBe(10_610);
  });

  it('ends with a reconciliation appendix that finds its own tables consistent', () => {
    expect(text(doc.blocks)).toMatch(/không phát hiện mâu thuẫn \(\d+ phép kiểm tra\)/);
  });

  it('the commune report classes 90,6 as Xuất sắc and recomputes the ranks the seed printed out of order', () => {
    const rows = printed(
      buildRankingReport(seed.commune).blocks.find((b): b is TableBlock => b.kind === 'table' && b.sheet === 'Xếp hạng')!,
    );
    expect(rows.map((r) => [r[2], r[5], r[6]])).toEqual([
      ['90,60', '1', 'Xuất sắc'],
      ['89,77', '2', 'Tốt'],
      ['88,12', '3', 'Tốt'],
      ['85,63', '4', 'Tốt'],
      ['84,21', '5', 'Tốt'],
      ['83,66', '6', 'Tốt'],
      ['80,78', '7', 'Tốt'],
      ['77,25', '8', 'Khá'],
    ]);
  });
});

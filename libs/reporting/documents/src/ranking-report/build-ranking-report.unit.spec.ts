import { describe, expect, it } from '@jest/globals';
import { formatNumberVi } from '@par/kernel';
import type { EventPosition } from '../model/event-position';
import type { OfficialRankingInput } from './official-ranking';
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

describe('buildRankingReport: the official version it shows, its comparison, and the event positions', () => {
  const units = seed.district.evaluation.units;
  /** The official version as the ranking service would publish it: the same engine figures, fixed by decision. */
  const official = (version = 2): OfficialRankingInput => ({
    version,
    kind: version === 1 ? 'PUBLISHED' : 'CORRECTED',
    decisionNumber: '45/QĐ-UBND',
    decisionDate: '2024-05-07',
    signer: 'Chủ tịch UBND tỉnh',
    reason: version === 1 ? null : 'Điều chỉnh điểm sau giải trình',
    correctsVersion: version === 1 ? null : version - 1,
    rows: units.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName ?? u.unitId,
      rank: u.rank!,
      total: u.total.value!,
      classLabel: u.class?.label ?? null,
      components: u.components.map((c) => ({ code: c.code, name: c.name, points: c.total.value })),
    })),
  });
  const appendix = (d: ReturnType<typeof buildRankingReport>) =>
    text(d.blocks.slice(d.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'PHỤ LỤC. ĐỐI CHIẾU SỐ LIỆU')));
  const positions: EventPosition[] = [
    { projection: 'reporting.scores', topic: 'par.assessments.v1', partition: 1, offset: '41' },
    { projection: 'reporting.catalog', topic: 'par.frameworks.v1', partition: 0, offset: '7' },
  ];

  it('given an official version that agrees, then the header names it with its decision and the appendix finds no difference', () => {
    const d = buildRankingReport({ ...seed.district, official: official(2) });
    expect(d.status).toBe('Kết quả chính thức — phiên bản 2, Quyết định số 45/QĐ-UBND ngày 07/05/2024');
    expect(appendix(d)).toContain(
      'Phiên bản 2 điều chỉnh phiên bản 1 theo Quyết định số 45/QĐ-UBND ngày 07/05/2024. Lý do: Điều chỉnh điểm sau giải trình',
    );
    expect(appendix(d)).toContain(
      'khớp với kết quả chính thức phiên bản 2 (Quyết định số 45/QĐ-UBND ngày 07/05/2024): không có chênh lệch.',
    );
    expect(d.blocks.some((b) => b.kind === 'table' && b.sheet === 'Đối chiếu chính thức')).toBe(false);
  });

  it('given an official version that differs, then every difference is listed (total, rank, class, component, missing unit)', () => {
    const o = official(1);
    const [first, second] = o.rows;
    // the decision printed the first two units' ranks swapped and a typo in the first unit's total and component 1
    o.rows[0] = {
      ...first!,
      rank: 2,
      total: 87.46,
      components: first!.components.map((c, i) => (i === 0 ? { ...c, points: c.points! + 1 } : c)),
    };
    o.rows[1] = { ...second!, rank: 1, classLabel: 'Xuất sắc' };
    const dropped = o.rows.pop()!;
    const d = buildRankingReport({ ...seed.district, official: o });
    expect(d.status).toBe('Kết quả chính thức — phiên bản 1, Quyết định số 45/QĐ-UBND ngày 07/05/2024');
    expect(appendix(d)).toContain('Phát hiện 6 chênh lệch giữa số liệu tính lại từ số liệu chấm điểm và kết quả chính thức phiên bản 1');
    const t = d.blocks.find((b): b is TableBlock => b.kind === 'table' && b.sheet === 'Đối chiếu chính thức')!;
    expect(t.only).toBeUndefined(); // in the DOCX/PDF and as an XLSX sheet
    const c1 = units[0]!.components[0]!;
    expect(t.rows.map((r) => r.slice(1))).toEqual([
      ['TP Bắc Kạn', 'Tổng điểm', '87,460', '87,461'],
      ['TP Bắc Kạn', 'Thứ hạng', '2', '1'],
      ['TP Bắc Kạn', `Lĩnh vực ${c1.code}. ${c1.name}`, formatNumberVi(c1.total.value! + 1, 3), formatNumberVi(c1.total.value!, 3)],
      ['Huyện Ngân Sơn', 'Thứ hạng', '1', '2'],
      ['Huyện Ngân Sơn', 'Xếp loại', 'Xuất sắc', 'Tốt'],
      [dropped.unitName, 'Đơn vị', 'không có trong kết quả chính thức', 'xếp hạng 8'],
    ]);
  });

  it('given no official version yet (null), then the header says the result is provisional and there is nothing to compare', () => {
    const d = buildRankingReport({ ...seed.district, official: null });
    expect(d.status).toBe('Kết quả tạm thời, chưa công bố');
    expect(appendix(d)).toContain('chưa có kết quả chính thức để đối chiếu');
  });

  it('given nothing about versions (an offline report of files), then it says nothing of versions', () => {
    expect(doc.status).toBeUndefined();
    expect(appendix(doc)).not.toContain('kết quả chính thức');
  });

  it('records the event positions it was built from, in a stable order; built again at the same positions, the same document', () => {
    const d = buildRankingReport({ ...seed.district, official: official(2), positions });
    expect(d.provenance).toBe(
      'Số liệu lập đến vị trí sự kiện: reporting.catalog par.frameworks.v1/0@7; reporting.scores par.assessments.v1/1@41.',
    );
    expect(buildRankingReport({ ...seed.district, official: official(2), positions: [...positions].reverse() })).toEqual(d);
    expect(doc.provenance).toBeUndefined();
  });
});

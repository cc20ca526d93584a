/**
 * The seed's reports rendered for real (DOCX with the docx library, XLSX with exceljs, PDF by LibreOffice) and read
 * back: document.xml text, XLSX cells as numbers, `pdftotext` and the page count. The files and the PDF pages as
 * PNG are written to docs/reports/ (bac-kan-2023-*), so a reader can see them; this test regenerates them.
 */
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { renderReport } from './render-report';
import { buildRankingReport } from './ranking-report/build-ranking-report';
import { buildUnitAnalysisReport } from './unit-report/build-unit-analysis';
import { bacKan2023 } from './testing/bac-kan-2023';
import { docxText, docxXml, pdfText, readXlsx, writeReportFiles } from './testing/read-back';
import { HOSTILE_NAME, sampleDocument } from './testing/sample-document';

const OUT = fileURLToPath(new URL('../../../../docs/reports/', import.meta.url));
const seed = bacKan2023();

describe('report files (LibreOffice, poppler)', () => {
  it('the Bắc Kạn 2023 district ranking report: DOCX, XLSX and PDF carry the seed numbers', async () => {
    const doc = buildRankingReport(seed.district);
    const [docx, xlsx, pdf] = await Promise.all([renderReport(doc, 'DOCX'), renderReport(doc, 'XLSX'), renderReport(doc, 'PDF')]);
    const text = docxText(docx.bytes);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 118/BC-PNV',
      'TP. Bắc Kạn, ngày 07 tháng 05 năm 2024',
      '87,461',
      '12,071',
      'Huyện Ba Bể',
      '79,041',
      'Khá',
    ])
      expect(text).toContain(s);
    const wb = await readXlsx(xlsx.bytes);
    const ranking = wb.getWorksheet('Xếp hạng')!;
    expect(ranking.getRow(4).getCell(2).value).toBe('TP Bắc Kạn');
    expect(ranking.getRow(4).getCell(3).value).toBe(87.461);
    expect(ranking.getColumn(3).numFmt).toBe('0.000');
    expect(wb.getWorksheet('Điểm điều tra XHH')!.getRow(4).getCell(10).value).toBe(12.071);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Thông tin',
      'Bộ tiêu chí',
      'Điểm điều tra XHH',
      'Xếp hạng',
      'Chi tiết lĩnh vực',
      'Tiêu chí mất điểm',
    ]);
    const p = pdfText(pdf.bytes);
    expect(p.pages).toBeGreaterThanOrEqual(3);
    expect(p.text).toContain('87,461');
    expect(p.text).toContain('các tiêu chí mất điểm (5,75 điểm)');
    expect(writeReportFiles(OUT, 'bac-kan-2023-xep-hang-cap-huyen', { docx: docx.bytes, xlsx: xlsx.bytes, pdf: pdf.bytes }).length).toBe(
      p.pages,
    );
  }, 180_000);

  it("TP Bắc Kạn's analysis report as PDF, with its charts", async () => {
    const y = { cycle: seed.district.cycle, framework: seed.district.framework, evaluation: seed.district.evaluation };
    const doc = buildUnitAnalysisReport({ header: seed.district.header, unitId: 'tp-bac-kan', current: y, history: [y] });
    const pdf = await renderReport(doc, 'PDF');
    const p = pdfText(pdf.bytes);
    expect(p.text).toContain('xếp hạng 1/8');
    writeReportFiles(OUT, 'bac-kan-2023-phan-tich-tp-bac-kan', { pdf: pdf.bytes });
  }, 180_000);

  it('user text stays text: escaped in DOCX, neutralised in XLSX, literal in the PDF', async () => {
    const doc = sampleDocument();
    const [docx, xlsx, pdf] = await Promise.all([renderReport(doc, 'DOCX'), renderReport(doc, 'XLSX'), renderReport(doc, 'PDF')]);
    expect(docxXml(docx.bytes)).toContain('&lt;b&gt;Xã &amp; Phường&lt;/b&gt;');
    expect(docxText(docx.bytes)).toContain(HOSTILE_NAME);
    const ws = (await readXlsx(xlsx.bytes)).getWorksheet('Xếp hạng')!;
    expect(ws.getRow(5).getCell(2).value).toBe(`'${HOSTILE_NAME}`);
    expect(ws.getRow(6).getCell(2).value).toBe("'-1+2");
    expect(ws.getRow(5).getCell(3).value).toBe(1234.5);
    expect(pdfText(pdf.bytes).text).toContain('<b>Xã & Phường</b>');
  }, 180_000);
});

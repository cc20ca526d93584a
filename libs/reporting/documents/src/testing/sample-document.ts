import { b, heading, para, type ReportDocument } from '../model/report-document';

/** A small document with every block kind and hostile user text, for the renderers' tests. */
export const HOSTILE_NAME = '=HYPERLINK("http://x","<b>Xã & Phường</b>")';
export const sampleDocument = (): ReportDocument => ({
  name: 'mau-bao-cao',
  header: { superior: 'UBND tỉnh Thái Nguyên', issuer: 'Sở Nội vụ', number: 'Số: 12/BC-SNV', place: 'Thái Nguyên', date: '2024-05-07' },
  kind: 'BÁO CÁO',
  title: 'Kết quả xếp hạng Chỉ số cải cách hành chính năm 2025',
  blocks: [
    heading(1, 'I. TỔNG QUAN'),
    para('Tổng điểm: ', b('87,461'), ' điểm.'),
    { kind: 'bullets', items: ['Lĩnh vực chỉ đạo, điều hành: 08 TC', [{ text: 'Đậm', bold: true }]] },
    {
      kind: 'table',
      sheet: 'Xếp hạng',
      title: 'Bảng 1. Xếp hạng',
      columns: [
        { header: 'STT', kind: 'number', decimals: 0 },
        { header: 'Đơn vị', kind: 'text', width: 4 },
        { header: 'Điểm', kind: 'number', decimals: 3 },
      ],
      rows: [
        [1, 'TP Bắc Kạn', 87.461],
        [2, HOSTILE_NAME, 1234.5],
        [3, '-1+2', null],
      ],
      footer: ['', 'Tổng', 1321.961],
    },
    {
      kind: 'chart',
      title: 'Tổng điểm qua các năm',
      categories: ['2023', '2024'],
      series: [{ name: 'Điểm', values: [79.041, 85.5] }],
      xLabel: 'Năm',
      yLabel: 'Điểm',
      decimals: 3,
    },
  ],
  recipients: ['Lưu: VT.'],
  signer: { title: 'Giám đốc', name: 'Nguyễn Văn A' },
});

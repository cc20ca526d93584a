import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { evidenceMediaType } from './evidence-type';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb', 'hex');

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Số liệu').addRow(['Thủ tục', 51]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const docx = () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo CCHC năm 2025')] }] }));

describe('evidence media type, by content', () => {
  it('accepts PDF, DOCX, XLSX, PNG and JPEG whose content is what their name says', async () => {
    expect(await evidenceMediaType('Kế hoạch CCHC.pdf', pdf)).toBe('application/pdf');
    expect(await evidenceMediaType('bao-cao.DOCX', await docx())).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await evidenceMediaType('so-lieu.xlsx', await xlsx())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await evidenceMediaType('anh.png', png)).toBe('image/png');
    expect(await evidenceMediaType('anh.jpg', jpeg)).toBe('image/jpeg');
    expect(await evidenceMediaType('anh.jpeg', jpeg)).toBe('image/jpeg');
  });
  it('refuses a PNG named .pdf, naming what the content is', async () => {
    await expect(evidenceMediaType('ke-hoach.pdf', png)).rejects.toMatchObject({
      code: 'EVIDENCE_TYPE_MISMATCH',
      messageVi: 'Nội dung tệp không phải là PDF như tên tệp cho biết (nội dung là tệp .png).',
    });
  });
  it('refuses random bytes named .pdf', async () => {
    await expect(evidenceMediaType('ke-hoach.pdf', Buffer.from('không phải tệp PDF, chỉ là chữ'))).rejects.toMatchObject({
      code: 'EVIDENCE_TYPE_MISMATCH',
      meta: { extension: 'pdf', detected: null },
    });
  });
  it('tells the OOXML types apart: a spreadsheet named .docx is refused', async () => {
    await expect(evidenceMediaType('bao-cao.docx', await xlsx())).rejects.toMatchObject({ code: 'EVIDENCE_TYPE_MISMATCH' });
  });
  it('refuses a name of a type that is not accepted, whatever the content', async () => {
    await expect(evidenceMediaType('setup.exe', pdf)).rejects.toMatchObject({ code: 'EVIDENCE_TYPE_NOT_ALLOWED' });
    await expect(evidenceMediaType('khong-duoi', pdf)).rejects.toMatchObject({ code: 'EVIDENCE_TYPE_NOT_ALLOWED' });
  });
});

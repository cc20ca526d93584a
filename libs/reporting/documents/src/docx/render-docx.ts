import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, Cell, ChartBlock, ReportDocument, TableBlock, TableColumn, TextRun as ModelRun } from '../model/report-document';
import { formatCell } from '../model/format-cell';
import { CHART_SIZE, renderChartSvg, svgToPng } from '../chart/render-chart';
import { headerBlock } from './docx-header';

export interface DocxOptions {
  /** Body font (default Times New Roman, the font of administrative documents). */
  font?: string;
  /** Font file with Vietnamese glyphs used to rasterise charts. */
  chartFont?: string;
}

/** Half-points: 13 pt body, 12 pt tables and header block. */
const BODY = 26;
const SMALL = 24;
/** Table text: 10 pt, so that 8-10 number columns fit a portrait page. */
const TABLE = 20;
const LINE = { line: 300, after: 120 };

const run = (r: ModelRun, size = BODY) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false, size });

function headingParagraph(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({
    spacing: { before: level === 1 ? 240 : 160, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, italics: level === 3, size: BODY })],
  });
}

function tableCell(text: string, column: TableColumn | undefined, opts: { header?: boolean; bold?: boolean; width: number }): TableCell {
  const right = !opts.header && column?.kind === 'number';
  return new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    ...(opts.header && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } }),
    children: [
      new Paragraph({
        alignment: opts.header ? AlignmentType.CENTER : right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.header || opts.bold || false, size: TABLE })],
      }),
    ],
  });
}

function docxTable(t: TableBlock): FileChild[] {
  const weight = (c: TableColumn) => c.width ?? (c.kind === 'number' ? 1.2 : 1);
  const total = t.columns.reduce((s, c) => s + weight(c), 0);
  const widths = t.columns.map((c) => Math.round((weight(c) / total) * 100));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const row = (cells: Cell[], opts: { header?: boolean; bold?: boolean }) =>
    new TableRow({
      tableHeader: opts.header ?? false,
      cantSplit: true,
      children: cells.map((c, i) =>
        tableCell(opts.header ? String(c ?? '') : formatCell(c, t.columns[i]), t.columns[i], { ...opts, width: widths[i] ?? 10 }),
      ),
    });
  const rows = [
    row(
      t.columns.map((c) => c.header),
      { header: true },
    ),
    ...t.rows.map((r) => row(r, {})),
  ];
  if (t.footer) rows.push(row(t.footer, { bold: true }));
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 80 },
      children: [new TextRun({ text: t.title, bold: true, size: BODY })],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows,
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function chartParagraph(c: ChartBlock, fontFile: string | undefined): Paragraph {
  const png = svgToPng(renderChartSvg(c), fontFile);
  // 16 cm wide at 96 dpi ≈ 605 px; keep the chart's aspect ratio.
  const width = 605;
  const height = Math.round((width * CHART_SIZE.height) / CHART_SIZE.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width, height },
        altText: { name: c.title, description: c.title, title: c.title },
      }),
    ],
  });
}

function blockChildren(block: Block, opts: DocxOptions): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.level, block.text)];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, children: block.runs.map((r) => run(r)) })];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            spacing: LINE,
            indent: { left: 360, hanging: 240 },
            children: [new TextRun({ text: '- ', size: BODY }), ...(typeof item === 'string' ? [{ text: item }] : item).map((r) => run(r))],
          }),
      );
    case 'table':
      return block.only === 'xlsx' ? [] : docxTable(block);
    case 'chart':
      return [chartParagraph(block, opts.chartFont)];
  }
}

function closing(doc: ReportDocument): FileChild[] {
  const out: FileChild[] = [];
  if (doc.recipients?.length) {
    out.push(
      new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: SMALL })] }),
    );
    for (const r of doc.recipients) out.push(new Paragraph({ children: [new TextRun({ text: `- ${r}`, size: 22 })] }));
  }
  if (doc.signer) {
    const right = (text: string, bold: boolean) =>
      new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 600 }, children: [new TextRun({ text, bold, size: BODY })] });
    out.push(right(doc.signer.title.toUpperCase(), true));
    if (doc.signer.name) out.push(new Paragraph({ spacing: { after: 600 }, children: [] }), right(doc.signer.name, true));
  }
  return out;
}

/** A report document as DOCX (A4 portrait, official header block, bold section titles, bordered tables, charts as PNG). */
export async function renderDocx(doc: ReportDocument, opts: DocxOptions = {}): Promise<Uint8Array> {
  const children: FileChild[] = [
    headerBlock(doc.header, SMALL),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [new TextRun({ text: doc.kind, bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: doc.status ? 60 : 240 },
      children: [new TextRun({ text: doc.title, bold: true, size: BODY })],
    }),
    ...(doc.status
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: doc.status, bold: true, italics: true, size: SMALL })],
          }),
        ]
      : []),
    ...doc.blocks.flatMap((b) => blockChildren(b, opts)),
    ...closing(doc),
    ...(doc.provenance
      ? [new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: doc.provenance, italics: true, size: 16 })] })]
      : []),
  ];
  const document = new Document({
    creator: doc.header.issuer,
    title: doc.title,
    styles: { default: { document: { run: { font: opts.font ?? 'Times New Roman', size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

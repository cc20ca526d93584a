import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The formats of a report (GraphQL enum); values equal `ReportFormat` of @par/reporting-documents. */
export enum ReportFormatEnum {
  DOCX = 'DOCX',
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(ReportFormatEnum, { name: 'ReportFormat', description: 'Định dạng báo cáo: Word (DOCX), Excel (XLSX), PDF' });

@ObjectType('ReportEventPosition', {
  description:
    'The last event a read-model projection had applied when the report was built (Kafka topic partition and offset) — Vị trí sự kiện cuối cùng mà số liệu của báo cáo được lập đến',
})
export class ReportEventPositionType {
  @Field({ description: 'Projection, e.g. reporting.scores — Bảng số liệu (projection)' }) projection!: string;
  @Field({ description: 'Topic, e.g. par.assessments.v1 — Chủ đề sự kiện' }) topic!: string;
  @Field(() => Int, { description: 'Topic partition — Phân vùng' }) partition!: number;
  @Field({ description: 'Last applied offset (64-bit integer as a decimal string) — Vị trí (offset) cuối cùng đã xử lý' }) offset!: string;
}

@ObjectType('ReportFile', { description: 'Một tệp báo cáo (nội dung mã hóa base64)' })
export class ReportFileType {
  @Field({ description: 'Tên tệp, ví dụ xep-hang-2025-district.docx' }) filename!: string;
  @Field({ description: 'Kiểu nội dung (MIME)' }) mediaType!: string;
  @Field(() => Int, { description: 'Kích thước (byte)' }) sizeBytes!: number;
  @Field({ description: 'SHA-256 của nội dung (hex)' }) sha256!: string;
  @Field({ description: 'Nội dung tệp, base64' }) contentBase64!: string;
  @Field(() => [ReportEventPositionType], {
    description:
      'The event positions the report was built from (also printed in the report); the same positions give the same figures — Vị trí sự kiện mà số liệu của báo cáo được lập đến',
  })
  eventPositions!: ReportEventPositionType[];
}

/** The header block the issuing department chooses; every field optional (defaults from the framework and the clock). */
@InputType('ReportHeaderInput', { description: 'Phần đầu văn bản: cơ quan, số, địa danh, người ký' })
export class ReportHeaderInputType {
  @Field(() => String, { nullable: true, description: 'Cơ quan chủ quản, ví dụ "UBND tỉnh Thái Nguyên"' }) superior?: string | null;
  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành, mặc định "Sở Nội vụ"' }) issuer?: string | null;
  @Field(() => String, { nullable: true, description: 'Số, ký hiệu, ví dụ "Số: 118/BC-SNV"' }) number?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa danh' }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ người ký' }) signerTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Họ tên người ký' }) signerName?: string | null;
}

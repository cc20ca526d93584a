import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The formats of a report (GraphQL enum); values equal `ReportFormat` of @par/reporting-documents. */
export enum ReportFormatEnum {
  DOCX = 'DOCX',
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(ReportFormatEnum, { name: 'ReportFormat', description: 'Định dạng báo cáo: Word (DOCX), Excel (XLSX), PDF' });

@ObjectType('ReportFile', { description: 'Một tệp báo cáo (nội dung mã hóa base64)' })
export class ReportFileType {
  @Field({ description: 'Tên tệp, ví dụ xep-hang-2025-district.docx' }) filename!: string;
  @Field({ description: 'Kiểu nội dung (MIME)' }) mediaType!: string;
  @Field(() => Int, { description: 'Kích thước (byte)' }) sizeBytes!: number;
  @Field({ description: 'SHA-256 của nội dung (hex)' }) sha256!: string;
  @Field({ description: 'Nội dung tệp, base64' }) contentBase64!: string;
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

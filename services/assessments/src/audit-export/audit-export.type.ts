import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AuditExportFormatEnum {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(AuditExportFormatEnum, { name: 'AuditExportFormat', description: 'CSV (UTF-8, BOM) hoặc JSON' });

@ObjectType('AuditExportFile', { description: 'Tệp lịch sử kiểm toán: tên, kiểu, mã băm SHA-256, nội dung base64' })
export class AuditExportFileType {
  @Field() filename!: string;
  @Field() mediaType!: string;
  @Field({ description: 'SHA-256 (hex) của nội dung tệp' }) sha256!: string;
  @Field(() => Int, { description: 'Số byte' }) size!: number;
  @Field(() => Int, { description: 'Số sự kiện' }) events!: number;
  @Field({ description: 'Nội dung tệp, base64' }) contentBase64!: string;
}

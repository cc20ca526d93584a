import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceDocument', { description: 'Một tài liệu kiểm chứng kèm nội dung (base64) để xem trước' })
export class EvidenceDocumentType {
  @Field() sha256!: string;
  @Field({ description: 'Tên tệp như đơn vị tải lên' }) fileName!: string;
  @Field({ description: 'Loại tệp xác định từ nội dung' }) mediaType!: string;
  @Field(() => Int, { description: 'Dung lượng (byte)' }) size!: number;
  @Field({ description: 'Mã tiêu chí mà tài liệu được đính kèm' }) code!: string;
  @Field({ description: 'Nội dung tệp, mã hóa base64' }) contentBase64!: string;
}

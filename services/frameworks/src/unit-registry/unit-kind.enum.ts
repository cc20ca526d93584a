import { registerEnumType } from '@nestjs/graphql';
import type { UnitKind as DomainUnitKind } from '@par/frameworks-domain';

/** The kinds of unit (GraphQL enum); values equal the domain's `UnitKind`. */
export enum UnitKind {
  DEPARTMENT = 'DEPARTMENT',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
  DISTRICT = 'DISTRICT',
}
const sameValues: Record<DomainUnitKind, UnitKind> = UnitKind;
void sameValues;

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Loại đơn vị: Sở/ban/ngành, xã, phường, đặc khu; huyện (chỉ cho dữ liệu trước 01/07/2025)',
});

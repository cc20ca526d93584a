import { ValidationError } from '@par/kernel';
import { isIsoDate } from '../calendar/calendar';
import type { DecisionRef } from './framework.events';

export const versionPublishedError = (frameworkId: string, version: number) =>
  new ValidationError({
    code: 'FRAMEWORK_VERSION_PUBLISHED',
    messageVi: `Phiên bản ${version} của bộ tiêu chí "${frameworkId}" đã ban hành nên không sửa được; hãy tạo bản sửa đổi (phiên bản mới) theo quyết định sửa đổi.`,
    detail: `Framework ${frameworkId} v${version} is published and immutable; amend it to create version ${version + 1}`,
  });

export const noDraftError = (frameworkId: string) =>
  new ValidationError({
    code: 'FRAMEWORK_NO_DRAFT',
    messageVi: `Bộ tiêu chí "${frameworkId}" không có bản dự thảo nào.`,
    detail: `Framework ${frameworkId} has no draft`,
  });

export const draftExistsError = (frameworkId: string) =>
  new ValidationError({
    code: 'FRAMEWORK_DRAFT_EXISTS',
    messageVi: `Bộ tiêu chí "${frameworkId}" đang có bản dự thảo; hãy ban hành hoặc hủy bản dự thảo trước.`,
    detail: `Framework ${frameworkId} already has a draft; publish or discard it first`,
  });

export const unknownVersionError = (frameworkId: string, version: number) =>
  new ValidationError({
    code: 'UNKNOWN_FRAMEWORK_VERSION',
    messageVi: `Không tìm thấy phiên bản ${version} của bộ tiêu chí "${frameworkId}".`,
    detail: `Framework ${frameworkId} has no published version ${version}`,
  });

export const notLatestError = (frameworkId: string, version: number, latest: number) =>
  new ValidationError({
    code: 'FRAMEWORK_VERSION_NOT_LATEST',
    messageVi: `Chỉ sửa đổi được phiên bản mới nhất (${latest}) của bộ tiêu chí "${frameworkId}", không phải phiên bản ${version}.`,
    detail: `Framework ${frameworkId}: amend the latest version ${latest}, not ${version}`,
  });

export const idMismatchError = (frameworkId: string, definitionId: string) =>
  new ValidationError({
    code: 'FRAMEWORK_ID_MISMATCH',
    messageVi: `Tệp định nghĩa có mã "${definitionId}", không phải bộ tiêu chí "${frameworkId}".`,
    detail: `Definition id ${definitionId} differs from framework ${frameworkId}`,
  });

/** A decision must name its number and a real date (e.g. `{ number: "1416/QĐ-UBND", date: "2023-05-07" }`). */
export function checkDecision(decision: DecisionRef | undefined, what: 'issuing' | 'amending'): DecisionRef {
  const number = decision?.number?.trim() ?? '';
  if (!number || !decision?.date || !isIsoDate(decision.date)) {
    const whatVi = what === 'issuing' ? 'ban hành' : 'sửa đổi';
    throw new ValidationError({
      code: 'FRAMEWORK_DECISION_REQUIRED',
      messageVi: `Cần số và ngày (YYYY-MM-DD) của quyết định ${whatVi} bộ tiêu chí.`,
      detail: `The ${what} decision needs a number and an ISO date, got ${JSON.stringify(decision ?? null)}`,
    });
  }
  return { number, date: decision.date };
}

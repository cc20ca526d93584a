import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import type { Framework } from '@par/scoring';
import { ValidateFrameworkFileCommand } from './validate-framework-file.command';
import { readFrameworkUpload } from './read-framework-upload';
import type { FrameworkFileCheckType, FrameworkFileSummaryType } from './framework-file-check.type';

const summaryOf = (fw: Framework): FrameworkFileSummaryType => {
  const criteria = fw.components.flatMap((c) => c.criteria ?? []);
  return {
    frameworkId: fw.id,
    name: fw.name,
    unitType: fw.unitType,
    totalMaxPoints: fw.totalMax,
    components: fw.components.length,
    criteria: criteria.length,
    subCriteria: criteria.reduce((n, c) => n + (c.subCriteria?.length ?? 0), 0),
    decisionNumber: fw.decision.number,
    periodFrom: fw.period.from,
    periodTo: fw.period.to,
  };
};

/** Reads an uploaded framework file (type by content, size bounded per type) and reports its problems or its summary. */
@CommandHandler(ValidateFrameworkFileCommand)
export class ValidateFrameworkFileHandler implements ICommandHandler<ValidateFrameworkFileCommand> {
  async execute({ ctx, file }: ValidateFrameworkFileCommand): Promise<FrameworkFileCheckType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const { fileName, sizeBytes, reader, result } = await readFrameworkUpload(file, ctx.province);
    return {
      fileName,
      kind: reader.kind,
      sizeBytes,
      ok: result.framework !== null,
      problems: result.problems,
      summary: result.framework && summaryOf(result.framework),
    };
  }
}

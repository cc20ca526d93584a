import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, RECORD_SELF_SCORE } from '@par/auth';
import { assessmentDecider, assessmentStreamId, type AssessmentCommand, type AssessmentEvent } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { ConcurrencyConflictError, type ProvinceId } from '@par/kernel';
import { AttachEvidenceCommand } from './attach-evidence.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { resolveScoringTarget } from '../scoring-target/resolve-scoring-target';
import { resolveSelfAssessmentWindow } from '../self-assessment-window/resolve-self-assessment-window';
import { readEvidenceUpload } from '../evidence-store/read-evidence-upload';
import { evidenceMediaType } from '../evidence-store/evidence-type';
import { putEvidence, sha256Of } from '../evidence-store/evidence-store';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/**
 * Attaches an evidence document to a self-assessed item: the file read within its size limit, its type from its
 * content, the decision tried first (lock, deadline, item) so a refusal stores nothing, then the bytes stored
 * content-addressed and `EvidenceAttached` appended with the hash.
 */
@CommandHandler(AttachEvidenceCommand)
export class AttachEvidenceHandler implements ICommandHandler<AttachEvidenceCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input, file }: AttachEvidenceCommand) {
    assertAllowed(ctx, RECORD_SELF_SCORE, { unitId: input.unitId });
    const { item } = await resolveScoringTarget(this.runtime.db, ctx, input.cycleId, input.unitId, input.code);
    const now = this.runtime.now();
    const window = await this.runtime.db.withProvince(ctx.province, (tx) =>
      resolveSelfAssessmentWindow(tx, ctx.province, input.cycleId, now),
    );
    const upload = await readEvidenceUpload(file);
    const mediaType = await evidenceMediaType(upload.fileName, upload.bytes);
    const evidence = { sha256: sha256Of(upload.bytes), size: upload.bytes.length, mediaType, fileName: upload.fileName };
    const streamId = assessmentStreamId(ctx.province, input.cycleId, input.unitId);
    const command: AssessmentCommand = {
      type: 'AttachEvidence',
      data: { cycleId: input.cycleId, unitId: input.unitId, subCriterionCode: input.code, evidence, item, window },
    };
    await this.tryDecision(ctx.province, streamId, command, input.expectedVersion);
    await this.runtime.db.withProvince(ctx.province, (tx) => putEvidence(tx, ctx.province, { ...evidence, content: upload.bytes }, now));
    const { version, state } = await runDecision({
      store: this.store,
      decider: assessmentDecider,
      streamId,
      command,
      ctx,
      now,
      ...(input.expectedVersion !== undefined && { expectedVersion: input.expectedVersion }),
    });
    return toAssessmentScores(input.cycleId, input.unitId, version, state);
  }

  /** The decision on the current stream without appending: throws what `runDecision` would, before any bytes are stored. */
  private async tryDecision(province: ProvinceId, streamId: string, command: AssessmentCommand, expectedVersion: number | undefined) {
    const history = await this.store.readStream(province, streamId);
    const read = history.at(-1)?.streamVersion ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== read) throw new ConcurrencyConflictError(streamId, expectedVersion, read);
    const state = history
      .map((e) => ({ type: e.type, data: e.data }) as AssessmentEvent)
      .reduce(assessmentDecider.evolve, assessmentDecider.initialState());
    assessmentDecider.decide(command, state);
  }
}

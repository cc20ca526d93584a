import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '@par/database';
import { runDecision, type EventStore } from '@par/event-store';
import { ValidationError, type RequestContext } from '@par/kernel';
import { campaignDecider, campaignStreamId, MAX_TOKENS_PER_ISSUE } from '@par/surveys-domain';
import { readCampaign } from '../campaign-stream/read-campaign';
import { resolveCampaignCycle } from '../campaign-cycle/resolve-campaign-cycle';
import { hashSurveyToken } from '../survey-token/find-survey-token';

export interface IssueTokensInput {
  campaignId: string;
  group: string;
  /** Tokens per unit (for `unitId`, or each unit the group assesses); or `respondents`. */
  count?: number | null;
  unitId?: string | null;
  respondents?: { respondentId: string; unitId: string }[] | null;
  /** ISO instant; default 30 days from now. */
  expiresAt?: string | null;
}

export interface IssuedTokens {
  campaignId: string;
  group: string;
  count: number;
  expiresAt: string;
  /** CSV (UTF-8 with BOM, for Excel): respondent, group, unit, link. The secrets are not kept anywhere else. */
  csv: string;
}

const DAY_MS = 86_400_000;
const csvCell = (s: string) =>
  /[",;\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/^([=+\-@])/, "'$1").replaceAll('"', '""')}"` : s;

/** The public form's base address (PAR_PUBLIC_URL, default the local gateway). */
export const publicFormUrl = () => `${(process.env['PAR_PUBLIC_URL'] ?? 'http://127.0.0.1:4000').replace(/\/$/, '')}/khao-sat/`;

function wanted(input: IssueTokensInput, units: string[]): { respondentId: string; unitId: string }[] {
  if (input.respondents?.length) return input.respondents.map((r) => ({ respondentId: r.respondentId.trim(), unitId: r.unitId.trim() }));
  const count = input.count ?? 0;
  if (!Number.isInteger(count) || count < 1 || count * (input.unitId ? 1 : units.length) > MAX_TOKENS_PER_ISSUE) {
    throw new ValidationError({
      code: 'TOKEN_COUNT_INVALID',
      messageVi: `Số mã phải từ 1 đến ${MAX_TOKENS_PER_ISSUE}.`,
      detail: `count ${count} for ${input.unitId ? 1 : units.length} units`,
    });
  }
  return (input.unitId ? [input.unitId] : units).flatMap((unitId) =>
    Array.from({ length: count }, () => ({ respondentId: `${input.group}-${randomUUID().slice(0, 13)}`, unitId })),
  );
}

/** Issues one-time tokens (random secrets, only their hashes stored) and returns them as a CSV of links. */
export async function issueSurveyTokens(
  deps: { store: EventStore; db: Database; ctx: RequestContext; now: Date },
  input: IssueTokensInput,
): Promise<IssuedTokens> {
  const { store, db, ctx, now } = deps;
  const { state } = await readCampaign(store, ctx.province, input.campaignId);
  const cycle = await resolveCampaignCycle(db, ctx.province, state.definition.cycleId);
  const group = state.definition.groups.find((g) => g.code === input.group);
  const units = group?.assesses.length ? group.assesses : cycle.unitIds;
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : new Date(now.getTime() + 30 * DAY_MS);
  if (Number.isNaN(expiresAt.getTime())) {
    throw new ValidationError({
      code: 'TOKEN_EXPIRY_INVALID',
      messageVi: 'Thời hạn của mã không hợp lệ.',
      detail: `expiresAt ${input.expiresAt}`,
    });
  }
  const issued = wanted(input, units).map((r) => ({ ...r, secret: randomBytes(32).toString('base64url') }));
  await runDecision({
    store,
    decider: campaignDecider,
    streamId: campaignStreamId(ctx.province, input.campaignId),
    command: {
      type: 'IssueSurveyTokens',
      data: {
        campaignId: input.campaignId,
        group: input.group,
        expiresAt: expiresAt.toISOString(),
        now: now.toISOString(),
        tokens: issued.map((t) => ({ hash: hashSurveyToken(t.secret), respondentId: t.respondentId, unitId: t.unitId })),
        unitIds: cycle.unitIds,
      },
    },
    ctx,
    now,
  });
  const base = publicFormUrl();
  const lines = [
    'Mã người trả lời,Nhóm,Mã đơn vị,Đường dẫn',
    ...issued.map((t) => [t.respondentId, input.group, t.unitId, `${base}#t=${t.secret}`].map(csvCell).join(',')),
  ];
  return {
    campaignId: input.campaignId,
    group: input.group,
    count: issued.length,
    expiresAt: expiresAt.toISOString(),
    csv: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}

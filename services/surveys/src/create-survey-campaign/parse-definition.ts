import { ValidationError } from '@par/kernel';
import type { CampaignDefinition, SipasFactor } from '@par/surveys-domain';

const MAX_DEFINITION_CHARS = 256 * 1024;

const invalid = (detail: string) =>
  new ValidationError({
    code: 'SURVEY_CAMPAIGN_INVALID',
    messageVi: 'Nội dung đợt khảo sát không đúng định dạng (JSON: tên, thang trả lời, nhóm đối tượng, câu hỏi).',
    detail,
  });

type Json = Record<string, unknown>;
const obj = (v: unknown, what: string): Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`${what} must be an object`);
  return v as Json;
};
const arr = (v: unknown, what: string): unknown[] => {
  if (!Array.isArray(v)) throw invalid(`${what} must be an array`);
  return v;
};
const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string') throw invalid(`${what} must be a string`);
  return v.normalize('NFC');
};
const num = (v: unknown, what: string, fallback?: number): number => {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(`${what} must be a number`);
  return v;
};

/** The JSON definition a user sent, shaped (not yet checked against the framework: the decider does that). */
export function parseDefinition(json: string, campaignId: string, cycleId: string): CampaignDefinition {
  if (json.length > MAX_DEFINITION_CHARS) throw invalid(`definition over ${MAX_DEFINITION_CHARS} characters`);
  let raw: Json;
  try {
    raw = obj(JSON.parse(json), 'definition');
  } catch (e) {
    throw e instanceof ValidationError ? e : invalid(`not JSON: ${(e as Error).message}`);
  }
  const scale = obj(raw['scale'], 'scale');
  return {
    campaignId,
    cycleId,
    name: str(raw['name'], 'name'),
    weighting: raw['weighting'] === 'group-weights' ? 'group-weights' : 'pooled',
    scale: {
      levels: arr(scale['levels'], 'scale.levels').map((l, i) => {
        const o = obj(l, `scale.levels[${i}]`);
        return { value: num(o['value'], `scale.levels[${i}].value`), label: str(o['label'], `scale.levels[${i}].label`) };
      }),
      positive: arr(scale['positive'], 'scale.positive').map((v, i) => num(v, `scale.positive[${i}]`)),
    },
    groups: arr(raw['groups'], 'groups').map((g, i) => {
      const o = obj(g, `groups[${i}]`);
      return {
        code: str(o['code'], `groups[${i}].code`),
        name: str(o['name'], `groups[${i}].name`),
        quotaPerUnit: num(o['quotaPerUnit'], `groups[${i}].quotaPerUnit`, 0),
        weight: num(o['weight'], `groups[${i}].weight`, 1),
        assesses: arr(o['assesses'] ?? [], `groups[${i}].assesses`).map((u, k) => str(u, `groups[${i}].assesses[${k}]`)),
      };
    }),
    questions: arr(raw['questions'], 'questions').map((q, i) => {
      const o = obj(q, `questions[${i}]`);
      return {
        id: str(o['id'], `questions[${i}].id`),
        text: str(o['text'], `questions[${i}].text`),
        code: str(o['code'], `questions[${i}].code`),
        factor: o['factor'] === undefined || o['factor'] === null ? null : (str(o['factor'], `questions[${i}].factor`) as SipasFactor),
        required: o['required'] !== false,
      };
    }),
  };
}

import { SIPAS_FACTORS, type CampaignCycleContext, type CampaignDefinition } from '../campaign/campaign.definition';
import type { SurveyProblem } from '../campaign/survey-errors';

/** Bounds of a definition (a questionnaire is a few dozen questions; groups a handful). */
export const DEFINITION_LIMITS = { questions: 200, groups: 20, levels: 11, textLength: 500 } as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const RATE_RULES = new Set(['rate', 'bands', 'ratio']);

const p = (code: string, messageVi: string, detail: string): SurveyProblem => ({ code, messageVi, detail });

function checkScale(def: CampaignDefinition): SurveyProblem[] {
  const values = def.scale.levels.map((l) => l.value);
  const out: SurveyProblem[] = [];
  if (
    values.length < 2 ||
    values.length > DEFINITION_LIMITS.levels ||
    new Set(values).size !== values.length ||
    !values.every(Number.isInteger)
  ) {
    out.push(
      p(
        'SURVEY_SCALE_INVALID',
        'Thang trả lời phải có từ 2 đến 11 mức, mỗi mức một số nguyên khác nhau.',
        `Scale values ${JSON.stringify(values)}`,
      ),
    );
  }
  if (def.scale.positive.length === 0 || def.scale.positive.some((v) => !values.includes(v))) {
    out.push(
      p(
        'SURVEY_SCALE_INVALID',
        'Các mức được tính là hài lòng/tích cực phải là mức của thang trả lời.',
        `Positive levels ${JSON.stringify(def.scale.positive)}`,
      ),
    );
  }
  return out;
}

function checkGroups(def: CampaignDefinition, ctx: CampaignCycleContext): SurveyProblem[] {
  const out: SurveyProblem[] = [];
  const units = new Set(ctx.unitIds);
  if (def.groups.length === 0 || def.groups.length > DEFINITION_LIMITS.groups) {
    out.push(p('SURVEY_GROUPS_INVALID', 'Đợt khảo sát phải có từ 1 đến 20 nhóm đối tượng.', `${def.groups.length} groups`));
  }
  const seen = new Set<string>();
  for (const g of def.groups) {
    if (!ID.test(g.code) || seen.has(g.code)) {
      out.push(
        p(
          'SURVEY_GROUPS_INVALID',
          `Mã nhóm "${g.code}" không hợp lệ hoặc bị trùng.`,
          `Group code ${JSON.stringify(g.code)} invalid or repeated`,
        ),
      );
    }
    seen.add(g.code);
    if (!Number.isInteger(g.quotaPerUnit) || g.quotaPerUnit < 0 || !(g.weight > 0)) {
      out.push(
        p(
          'SURVEY_GROUPS_INVALID',
          `Nhóm "${g.code}": chỉ tiêu phải là số nguyên ≥ 0 và trọng số > 0.`,
          `Group ${g.code}: quota ${g.quotaPerUnit}, weight ${g.weight}`,
        ),
      );
    }
    for (const u of g.assesses.filter((x) => !units.has(x))) {
      out.push(
        p('UNKNOWN_UNIT', `Nhóm "${g.code}" đánh giá đơn vị "${u}" không thuộc kỳ đánh giá.`, `Group ${g.code} assesses unknown unit ${u}`),
      );
    }
  }
  return out;
}

function checkQuestions(def: CampaignDefinition, ctx: CampaignCycleContext): SurveyProblem[] {
  const out: SurveyProblem[] = [];
  const nodes = new Map(ctx.nodes.map((n) => [n.code, n]));
  if (def.questions.length === 0 || def.questions.length > DEFINITION_LIMITS.questions) {
    out.push(p('SURVEY_QUESTIONS_INVALID', 'Phiếu khảo sát phải có từ 1 đến 200 câu hỏi.', `${def.questions.length} questions`));
  }
  const seen = new Set<string>();
  for (const q of def.questions) {
    if (!ID.test(q.id) || seen.has(q.id)) {
      out.push(
        p(
          'SURVEY_QUESTIONS_INVALID',
          `Mã câu hỏi "${q.id}" không hợp lệ hoặc bị trùng.`,
          `Question id ${JSON.stringify(q.id)} invalid or repeated`,
        ),
      );
    }
    seen.add(q.id);
    const node = nodes.get(q.code);
    if (!node) {
      out.push(
        p(
          'UNKNOWN_SURVEY_NODE',
          `Câu hỏi "${q.id}": tiêu chí "${q.code}" không có trong bộ tiêu chí của kỳ đánh giá.`,
          `Question ${q.id}: node ${q.code} not in framework ${ctx.frameworkId} v${ctx.frameworkVersion}`,
        ),
      );
      continue;
    }
    if (node.method !== 'survey' && node.method !== 'satisfaction') {
      out.push(
        p(
          'NODE_NOT_SURVEY_MEASURED',
          `Câu hỏi "${q.id}": tiêu chí "${q.code}" không được chấm bằng điều tra XHH hoặc SIPAS.`,
          `Question ${q.id}: node ${q.code} is measured by ${node.method}`,
        ),
      );
    } else if (!RATE_RULES.has(node.rule.type)) {
      out.push(
        p(
          'SURVEY_NODE_RULE',
          `Tiêu chí "${q.code}" có cách chấm không tính được từ tỷ lệ khảo sát.`,
          `Node ${q.code} rule ${node.rule.type} is not rate, ratio or bands`,
        ),
      );
    }
    if (q.factor !== null && (!(SIPAS_FACTORS as readonly string[]).includes(q.factor) || node.method !== 'satisfaction')) {
      out.push(
        p(
          'SIPAS_FACTOR_INVALID',
          `Câu hỏi "${q.id}": yếu tố SIPAS "${q.factor}" chỉ dùng cho tiêu chí đo mức độ hài lòng.`,
          `Question ${q.id}: factor ${q.factor} on ${node.method} node ${q.code}`,
        ),
      );
    }
  }
  return out;
}

/** Every problem of a definition against the cycle's pinned framework and units (empty: valid). */
export function checkDefinition(def: CampaignDefinition, ctx: CampaignCycleContext): SurveyProblem[] {
  const out: SurveyProblem[] = [];
  if (!ID.test(def.campaignId))
    out.push(p('SURVEY_CAMPAIGN_INVALID', 'Mã đợt khảo sát không hợp lệ.', `Campaign id ${JSON.stringify(def.campaignId)}`));
  const texts = [def.name, ...def.questions.map((q) => q.text), ...def.groups.map((g) => g.name), ...def.scale.levels.map((l) => l.label)];
  if (texts.some((t) => t.trim().length === 0 || t.length > DEFINITION_LIMITS.textLength)) {
    out.push(
      p('SURVEY_TEXT_INVALID', 'Tên, nội dung câu hỏi và nhãn không được để trống và không dài quá 500 ký tự.', 'Empty or over-long text'),
    );
  }
  return [...out, ...checkScale(def), ...checkGroups(def, ctx), ...checkQuestions(def, ctx)];
}

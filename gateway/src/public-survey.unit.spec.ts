import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { isPublicSurveyDocument } from './public-survey';

describe('public survey exception (documents allowed without a bearer token)', () => {
  const ok = (q: string) => isPublicSurveyDocument(parse(q));
  it('allows only surveyForm / answerSurvey at the root of one operation', () => {
    expect(ok('query($t: String!) { surveyForm(token: $t) { campaignName questions { id } } }')).toBe(true);
    expect(ok('mutation { answerSurvey(token: "x", answers: []) { message } __typename }')).toBe(true);
  });
  it('refuses anything else: other fields, aliases, fragments, two operations', () => {
    expect(ok('{ surveyForm(token: "x") { campaignName } ranking(cycleId: "c") { unitId } }')).toBe(false);
    expect(ok('{ a: surveyForm(token: "x") { campaignName } b: surveyForm(token: "y") { campaignName } }')).toBe(false);
    expect(ok('{ ...F } fragment F on Query { surveyForm(token: "x") { campaignName } }')).toBe(false);
    expect(ok('query A { surveyForm(token: "x") { campaignName } } query B { surveyForm(token: "y") { campaignName } }')).toBe(false);
    expect(ok('{ surveyResults(campaignId: "c") { resultVersion } }')).toBe(false);
  });
});

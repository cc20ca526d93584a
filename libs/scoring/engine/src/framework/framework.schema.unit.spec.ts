import { readFileSync } from 'node:fs';
import { frameworkJsonSchema } from './framework.schema';

describe('framework.schema.json', () => {
  it('is the committed copy of frameworkJsonSchema (regenerate it when the schema changes)', () => {
    const file = JSON.parse(readFileSync(new URL('./framework.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(frameworkJsonSchema)));
  });
});

import { parseFramework } from '@par/scoring';
import { demoFrameworkYaml } from './demo-framework';

test('the demo framework is valid in the documented format', () => {
  const r = parseFramework(demoFrameworkYaml('bac-kan'), 'yaml');
  expect(r.problems).toEqual([]);
  expect(r.framework?.totalMax).toBe(10);
});

/**
 * Follows the platform's published results on Kafka, as an outside system would: reads `par.ranking.v1` (official
 * ranking versions) and `par.surveys.v1` (published survey results), validates each message against its JSON Schema
 * from docs/integrators/schemas/ and its headers, and prints one line per message.
 *   PAR_KAFKA_BROKERS=127.0.0.1:59092 node examples/integrator/src/follow-published-events.ts [--max 10] [--suffix x]
 * `--max N` stops after N messages (exit 0), `--timeout S` gives up after S seconds without one (exit 2); a message
 * that does not match its schema is reported and makes the exit code 3. Deliveries are at least once: deduplicate
 * on the `event-id` header.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { Kafka, logLevel } from 'kafkajs';
import { argument } from './settings.ts';

const SCHEMAS = fileURLToPath(new URL('../../../docs/integrators/schemas/', import.meta.url));
const TOPICS = ['par.ranking.v1', 'par.surveys.v1'];

/** Every published JSON Schema of the topics, by `topic|type|version`. */
export async function loadValidators(topics: readonly string[]): Promise<Map<string, ValidateFunction>> {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/).addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  const validators = new Map<string, ValidateFunction>();
  for (const topic of topics) {
    for (const file of await readdir(`${SCHEMAS}${topic}`)) {
      const [, type, version] = /^(\w+)\.v(\d+)\.json$/.exec(file) ?? [];
      if (!type) continue;
      validators.set(`${topic}|${type}|${version}`, ajv.compile(JSON.parse(await readFile(`${SCHEMAS}${topic}/${file}`, 'utf8'))));
    }
  }
  return validators;
}

/** What is wrong with a message, per its published contract (empty when it conforms). */
export function problemsOf(
  validators: Map<string, ValidateFunction>,
  topic: string,
  value: unknown,
  headers: Record<string, string>,
): string[] {
  const v = value as { type?: string; version?: number; province?: string };
  const validate = validators.get(`${topic}|${v?.type}|${v?.version}`);
  if (!validate) return [`no published schema for ${v?.type} v${v?.version}`];
  const problems = validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  if (headers['province'] !== v.province) problems.push('header province differs from the payload');
  if (headers['event-type'] !== v.type) problems.push('header event-type differs from the payload type');
  if (!headers['event-id']) problems.push('header event-id missing');
  return problems;
}

async function main(argv: readonly string[]): Promise<number> {
  const brokers = (process.env['PAR_KAFKA_BROKERS'] ?? '127.0.0.1:59092').split(',');
  const suffix = argument(argv, 'suffix');
  const max = Number(argument(argv, 'max') ?? Infinity);
  const timeoutS = Number(argument(argv, 'timeout') ?? 60);
  const topics = TOPICS.map((t) => (suffix ? `${t}.${suffix}` : t));
  const validators = await loadValidators(TOPICS);
  const kafka = new Kafka({ clientId: 'integrator-example', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: argument(argv, 'group') ?? `integrator-example-${process.pid}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let seen = 0;
  let invalid = 0;
  return new Promise<number>((resolve) => {
    let idle = setTimeout(() => finish(2), timeoutS * 1000);
    const finish = (code: number) => {
      clearTimeout(idle);
      void consumer.disconnect().then(() => resolve(invalid ? 3 : code));
    };
    void consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, h]) => [k, String(h)]));
        const value = JSON.parse(String(message.value)) as { type: string; cycleId?: string; rankingVersion?: number };
        const base = suffix ? topic.slice(0, -suffix.length - 1) : topic;
        const problems = problemsOf(validators, base, value, headers);
        if (problems.length) invalid++;
        const what = value.rankingVersion ? `phiên bản ${value.rankingVersion}` : '';
        console.log(`${problems.length ? '✗' : '✓'} ${base} ${headers['province']} ${value.type} ${value.cycleId ?? ''} ${what}`.trimEnd());
        for (const p of problems) console.log(`    ${p}`);
        clearTimeout(idle);
        idle = setTimeout(() => finish(2), timeoutS * 1000);
        if (++seen >= max) finish(0);
      },
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}

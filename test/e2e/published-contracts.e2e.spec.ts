/**
 * The published events, as outside consumers receive them: every message the platform's `toMessage` mappers send
 * while the demo provinces are loaded through GraphQL (frameworks, the Thái Nguyên unit registry with its mergers
 * and splits, cycles, Bắc Kạn's appraiser assignments) and a unit self-scores validates against the JSON Schemas of docs/integrators/ (ADR 0025),
 * with its headers. Embedded mode: the in-process bus, whose messages are what the Kafka bus would carry.
 */
import { createPgliteDatabase, type Database } from '@par/database';
import { createInProcessBus, type MessageBus, type OutgoingMessage } from '@par/messaging';
import { createTokenVerifier, startDevIssuer, type DevIssuer } from '@par/auth';
import { createContractValidator, eventually, gql, PUBLISHED_TOPICS, seedDemoProvince, startPlatform, type Platform } from '@par/platform';

const ISSUER_PORT = 5490;
const PORT_OFFSET = 1390;
const PROVINCES = ['bac-kan', 'thai-nguyen'];

describe('published events validate against their JSON Schemas', () => {
  let issuer: DevIssuer;
  let db: Database;
  let bus: MessageBus;
  let platform: Platform;
  const sent: OutgoingMessage[] = [];

  beforeAll(async () => {
    issuer = await startDevIssuer({ port: ISSUER_PORT, provinces: PROVINCES });
    db = await createPgliteDatabase({});
    const inner = createInProcessBus();
    bus = {
      publish: async (messages) => {
        sent.push(...messages);
        return inner.publish(messages);
      },
      subscribe: (opts) => inner.subscribe(opts),
      ping: (ms) => inner.ping(ms),
      close: () => inner.close(),
    };
    const verifier = createTokenVerifier({
      issuers: PROVINCES.map((p) => ({
        issuer: issuer.issuerFor(p),
        jwksUri: `${issuer.issuerFor(p)}/protocol/openid-connect/certs`,
        province: p as never,
      })),
      audience: 'par-api',
    });
    platform = await startPlatform({ dbFor: async () => db, bus, verifier, gatewayPort: 0, portOffset: PORT_OFFSET });
    // Bắc Kạn's demo appraiser is assigned to its units: the assignments stream's messages are validated too
    const appraiserToken = await issuer.tokenFor('bac-kan', 'appraiser');
    await seedDemoProvince(platform.gateway.url, await issuer.tokenFor('bac-kan', 'admin'), 'bac-kan', { appraiserToken });
    await seedDemoProvince(platform.gateway.url, await issuer.tokenFor('thai-nguyen', 'admin'), 'thai-nguyen');
    const officer = await issuer.tokenFor('bac-kan', 'officer.u1');
    await eventually(async () => {
      const r = await gql(
        platform.gateway.url,
        officer,
        `mutation { recordSelfScore(input: { cycleId: "2025-district", unitId: "u1", subCriterionCode: "1.1.1", score: 1.5, note: "Kế hoạch số 12/KH" }) { version } }`,
      );
      return r.errors ? undefined : r;
    }, 60_000);
    await platform.drain();
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await bus?.close();
    await db?.close();
    await issuer?.close();
  });

  it('every message on a published topic is valid, headers included', () => {
    const validate = createContractValidator();
    const topics = new Set(PUBLISHED_TOPICS.map((t) => t.topic));
    const published = sent.filter((m) => topics.has(m.topic));
    const violations = published.map(validate).filter((v) => v !== undefined);
    const kinds = [
      ...new Set(published.map((m) => `${(m.value as { type: string }).type}.v${(m.value as { version: number }).version}`)),
    ].sort();
    console.log(`[published-contracts] ${published.length} messages validated: ${kinds.join(', ')}`);
    expect(violations).toEqual([]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'FrameworkPublished.v2',
        'UnitRegistered.v2',
        'UnitsMerged.v1',
        'CycleOpened.v2',
        'ScoreRecorded.v1',
        'AppraisersAssigned.v1',
      ]),
    );
  });

  it('a message that breaks its contract is reported', () => {
    const validate = createContractValidator();
    const score = sent.find((m) => (m.value as { type: string }).type === 'ScoreRecorded')!;
    const leaked = { ...score, value: { ...(score.value as object), internalStreamId: 'assessment:bac-kan:…' } };
    expect(validate(leaked)?.problems).toEqual(['/ must NOT have additional properties: internalStreamId']);
    const wrongHeader = { ...score, headers: { ...score.headers, province: 'cao-bang' } };
    expect(validate(wrongHeader)?.problems).toEqual(['header province differs from the payload']);
  });
});

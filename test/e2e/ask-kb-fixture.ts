// The small real knowledge base of the ask e2e tests (a MedQuAD subset + a disease-KG subset): a private copy of
// the shared fixture the global setup built once (test/helpers/fixture-kbs.ts).
import { fixtureKbCopy, type FixtureKbCopy } from '../helpers/fixture-kbs.js';

export type AskFixture = FixtureKbCopy;

export const buildAskKb = (): Promise<AskFixture> => fixtureKbCopy('ask');

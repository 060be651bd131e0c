import fc from 'fast-check';
import type { AppConfig } from '#libs/common';
import { ProofCodes } from './learning-record.js';
import type { LearningRecordRow } from './learning-record.repository.js';

const row = (over: Partial<LearningRecordRow> = {}): LearningRecordRow => ({
  id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  status: 'attended',
  user_id: '11111111-2222-4333-8444-555555555555',
  learner_name: 'Lotte Leerling',
  session_id: '22222222-3333-4444-8555-666666666666',
  starts_at: new Date('2026-03-10T08:00:00Z'),
  ends_at: new Date('2026-03-10T12:00:00Z'),
  course_id: '33333333-4444-4555-8666-777777777777',
  course_title: 'Wet open overheid',
  kind: 'course',
  duration_hours: '4.00',
  organisation_id: '44444444-5555-4666-8777-888888888888',
  organisation_name: 'Rijkswaterstaat',
  this_year: true,
  ...over,
});
const config = (c: Partial<AppConfig>) => c as AppConfig;
const JWT = 'j'.repeat(40);

describe('Verification codes of proofs of participation', () => {
  const codes = ProofCodes.fromConfig(config({ JWT_SECRET: JWT }));

  it('names its enrolment and verifies only with the same key and the same facts', () => {
    const r = row();
    const code = codes.codeFor(r);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codes.enrolmentOf(code)).toBe(r.id);
    expect(codes.matches(code, r)).toBe(true);
    for (const changed of [
      { learner_name: 'Verwijderde gebruiker' },
      { user_id: '11111111-2222-4333-8444-555555555556' },
      { course_id: '33333333-4444-4555-8666-777777777778' },
      { session_id: '22222222-3333-4444-8555-666666666667' },
      { starts_at: new Date('2026-03-10T09:00:00Z') },
    ])
      expect(codes.matches(code, row(changed))).toBe(false);
    // Another key (PROOF_SECRET set, or another JWT_SECRET) makes other codes.
    expect(ProofCodes.fromConfig(config({ JWT_SECRET: JWT, PROOF_SECRET: 'p'.repeat(40) })).matches(code, r)).toBe(
      false,
    );
    expect(ProofCodes.fromConfig(config({ JWT_SECRET: 'k'.repeat(40) })).matches(code, r)).toBe(false);
    expect(() => ProofCodes.fromConfig(config({}))).toThrow(/PROOF_SECRET or JWT_SECRET/);
  });

  it('refuses every other string of the code alphabet: a changed character never verifies', () => {
    const r = row();
    const code = codes.codeFor(r);
    const alphabet = Array.from({ length: 64 }, (_, i) =>
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charAt(i),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 42 }), fc.constantFrom(...alphabet), (i, c) => {
        fc.pre(code[i] !== c);
        const other = code.slice(0, i) + c + code.slice(i + 1);
        return !codes.matches(other, r);
      }),
      { seed: 12, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => s === code || !codes.matches(s, r)),
      { seed: 12, numRuns: 500 },
    );
  });

  it('reads no enrolment from a string that is not a code', () => {
    for (const s of ['', 'x', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}ä`])
      expect(codes.enrolmentOf(s)).toBeNull();
  });
});

import { SecretBox } from './secret-box.js';

describe('SecretBox (client secrets at rest)', () => {
  const box = new SecretBox('a-key-of-at-least-thirty-two-characters!!');
  const org = '2f1d7c4e-0000-4000-8000-000000000001';

  it('opens what it sealed, and seals the same secret differently every time', () => {
    const a = box.seal('s3cr3t-value', org);
    const b = box.seal('s3cr3t-value', org);
    expect(a).not.toEqual(b);
    expect(a).not.toContain('s3cr3t');
    expect(box.open(a, org)).toBe('s3cr3t-value');
    expect(box.open(b, org)).toBe('s3cr3t-value');
  });

  it('refuses a value sealed for another organisation, under another key, or altered', () => {
    const sealed = box.seal('s3cr3t-value', org);
    expect(() => box.open(sealed, '2f1d7c4e-0000-4000-8000-000000000002')).toThrow();
    expect(() => new SecretBox('another-key-of-at-least-thirty-two-chars').open(sealed, org)).toThrow();
    const [v, iv, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open(`${v}.${iv}.${flipped.toString('base64url')}`, org)).toThrow();
    expect(() => box.open('plain text', org)).toThrow();
  });
});

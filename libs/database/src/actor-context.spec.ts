import { ActorContext, actorSettings } from './actor-context.js';

describe('Actor settings handed to PostgreSQL', () => {
  it('passes valid values through and drops malformed ones, so the audit trigger never fails a write on a cast', () => {
    const id = '0b6f3c1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b';
    expect(actorSettings({ type: 'user', id, ip: '::ffff:10.0.0.1', requestId: 'abc-123' })).toEqual([
      'user',
      id,
      '',
      '::ffff:10.0.0.1',
      'abc-123',
    ]);
    expect(actorSettings({ type: 'user', id: 'not-a-uuid', ip: '10.0.0.1, 10.0.0.2', requestId: 'a b' })).toEqual([
      'user',
      '',
      '',
      '',
      '',
    ]);
    expect(actorSettings({ type: 'hacker' as never, label: 'x'.repeat(300) })).toEqual([
      'system',
      '',
      'x'.repeat(200),
      '',
      '',
    ]);
  });

  it('is scoped to the async work it runs', async () => {
    expect(ActorContext.current()).toBeUndefined();
    await ActorContext.run({ type: 'job', label: 'j' }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(ActorContext.current()).toEqual({ type: 'job', label: 'j' });
    });
    expect(ActorContext.current()).toBeUndefined();
  });
});

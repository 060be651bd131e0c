import { sessionMode, sessionWhere } from '../../apps/web/src/ui/session-mode.ts';

const t = (_key: string, text: string) => text;

describe('session mode', () => {
  it('shows a hybrid session in Den Haag as hybrid with its place, not as online', () => {
    expect(sessionMode({ online: true, city: 'Den Haag' })).toBe('hybride');
    expect(sessionWhere(t, { online: true, venueName: null, city: 'Den Haag' })).toBe('Hybride · Den Haag');
  });
  it('shows online without a place and classroom with its place', () => {
    expect(sessionWhere(t, { online: true, venueName: null, address: '', city: null })).toBe('Online');
    expect(
      sessionWhere(t, { online: false, venueName: 'Stadskantoor', address: 'Stationsplein 1', city: 'Utrecht' }),
    ).toBe('Klassikaal · Stadskantoor, Stationsplein 1, Utrecht');
    expect(sessionWhere(t, { online: false, city: null })).toBe('Klassikaal');
  });
});

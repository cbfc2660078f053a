import { actionWorld } from '../../src/action/world.ts';

describe("the runner's World", () => {
  test('the date is SOURCE_DATE_EPOCH’s day when set, else today (UTC), the same on every read', () => {
    const pinned = actionWorld({ SOURCE_DATE_EPOCH: '1767225600', GITHUB_WORKSPACE: '/work' });
    expect([pinned.date, pinned.date, pinned.workspace]).toEqual(['2026-01-01', '2026-01-01', '/work']);
    const today = actionWorld({ SOURCE_DATE_EPOCH: 'not a number' });
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
  });
});

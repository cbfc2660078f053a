import { jest } from '@jest/globals';
import { actionWorld } from '../../src/action/world.ts';
import { stdout } from '../../src/text/stdio.ts';

describe("the runner's World", () => {
  test('the date is SOURCE_DATE_EPOCH’s day when set, else today (UTC), the same on every read', () => {
    const pinned = actionWorld({ SOURCE_DATE_EPOCH: '1767225600', GITHUB_WORKSPACE: '/work' });
    expect([pinned.date, pinned.date, pinned.workspace]).toEqual(['2026-01-01', '2026-01-01', '/work']);
    const today = actionWorld({ SOURCE_DATE_EPOCH: 'not a number' });
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
  });

  test('its capabilities: the run commit from GITHUB_SHA, a checkout with a remote, a log that folds line breaks', () => {
    const world = actionWorld({ GITHUB_SHA: '3f2c1a0b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b', GITHUB_WORKSPACE: '/work' });
    expect([world.runCommit, world.localRepository, world.foldsLines]).toEqual(['3f2c1a0b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b', false, true]);
    expect(actionWorld({ GITHUB_SHA: '' }).runCommit).toBeUndefined();
  });

  test('a count of progress is dropped: the runner’s log has no line to redraw, and nothing is written', () => {
    const write = jest.spyOn(stdout, 'write').mockImplementation(() => {});
    try {
      actionWorld({}).reporter.progress({ what: 'image digests resolved', done: 1, total: 3 });
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
  });
});

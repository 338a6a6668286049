import { describe, expect, it } from 'vitest';
import { followQuietly } from '../../../../src/platform/speaker/receiver-start';

describe("the current slide's copy follows the projector without telling the popup", () => {
  it('speaks to the popup again after the move, as it did before, even when the move throws', () => {
    const config = { postMessageEvents: true };
    const deck = { getConfig: () => config };
    const heard: boolean[] = [];
    followQuietly(deck, () => heard.push(config.postMessageEvents));
    expect(heard, 'quiet during the move').toEqual([false]);
    expect(config.postMessageEvents).toBe(true);
    expect(() => {
      followQuietly(deck, () => {
        throw new Error('move failed');
      });
    }).toThrow('move failed');
    expect(config.postMessageEvents).toBe(true);
    config.postMessageEvents = false;
    followQuietly(deck, () => heard.push(config.postMessageEvents));
    expect(config.postMessageEvents, 'a copy not yet speaking stays quiet').toBe(false);
  });
});

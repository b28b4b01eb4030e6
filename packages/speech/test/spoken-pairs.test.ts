import { describe, expect, it } from 'vitest';
import { normaliseForSpeech } from '../src/index.ts';
import { SPOKEN_GROUPS } from './spoken-pairs.ts';

const pairs = SPOKEN_GROUPS.flatMap(({ source, pairs }) =>
  pairs.map(([written, spoken]) => ({ source, written, spoken })),
);

describe('spoken pairs (written → spoken, from bulletins and plans)', () => {
  it('reads every written form as an announcer says it', () => {
    const wrong = pairs
      .map((pair) => ({ ...pair, said: normaliseForSpeech(pair.written) }))
      .filter(({ said, spoken }) => said !== spoken);
    const right = pairs.length - wrong.length;
    const share = ((100 * right) / pairs.length).toFixed(1).replace('.', ',');
    console.log(`spoken pairs: ${right}/${pairs.length} right (${share}%)`);
    for (const { source, written, spoken, said } of wrong) {
      console.log(
        `  ✗ ${JSON.stringify(written)} (${source})\n    wanted ${JSON.stringify(spoken)}\n    said   ${JSON.stringify(said)}`,
      );
    }
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(wrong.map(({ written, said }) => [written, said])).toEqual([]);
  });

  it('holds each written form once', () => {
    const written = pairs.map((pair) => pair.written);
    expect(written.length).toBe(new Set(written).size);
  });
});

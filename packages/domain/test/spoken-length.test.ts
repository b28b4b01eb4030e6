import { describe, expect, it } from 'vitest';
import { SPOKEN_SYLLABLES_PER_MINUTE, spokenSeconds } from '../src/broadcast/spoken-length.ts';

describe('the spoken length of a bulletin', () => {
  it('counts syllables at the engine’s measured pace', () => {
    const text = Array.from({ length: SPOKEN_SYLLABLES_PER_MINUTE }, () => 'tiếng').join(' ');
    expect(spokenSeconds(text)).toBe(60);
    expect(spokenSeconds(`${text} ${text}`)).toBe(120);
  });

  it('is never shorter than a 5-second slot', () => {
    expect(spokenSeconds('')).toBe(5);
    expect(spokenSeconds('Thông báo')).toBe(5);
  });
});

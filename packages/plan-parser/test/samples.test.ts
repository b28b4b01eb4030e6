import { describe, expect, it } from 'vitest';
import { planExtract, reviewedPlanExtract } from '../src/extract-schema.ts';
import { parsePlanText } from '../src/index.ts';
import { hardWrap, SAMPLES, sampleText, scoreAgainstGold } from './fixtures.ts';

describe('the three sample plans', () => {
  it('each scores at least 0.95 overall with the official scorer', () => {
    const scores = Object.fromEntries(
      SAMPLES.map((name) => [name, scoreAgainstGold(parsePlanText(sampleText(name)), name)]),
    );
    console.log('plan parser scores:', scores);
    for (const name of SAMPLES) expect(scores[name], name).toBeGreaterThanOrEqual(0.95);
  });

  it('reads each sample wrapped at 50 to 120 columns as well as the paragraphs it was written in', () => {
    for (const width of [50, 65, 80, 100, 120]) {
      for (const name of SAMPLES) {
        const score = scoreAgainstGold(parsePlanText(hardWrap(sampleText(name), width)), name);
        expect(score, `${name} wrapped at ${width}`).toBeGreaterThanOrEqual(0.99);
      }
    }
  });

  // The one declaration of the format (extract-schema.ts) holds what the parser really produces, and a
  // reviewer who changes nothing can save the draft back within the bounds of a save.
  it('read into the extraction format, within the bounds a reviewer’s save is held to', () => {
    for (const name of SAMPLES) {
      const extract = parsePlanText(sampleText(name));
      // Parsing strips undeclared keys: equal means every key the parser writes is declared.
      expect(planExtract.parse(extract), name).toEqual(extract);
      expect(reviewedPlanExtract.safeParse(extract).error, name).toBeUndefined();
    }
  });

  // Speed is measured by `npm run bench -- plan-parse`, not asserted here.
  it('parse without warnings', () => {
    for (const name of SAMPLES) expect(parsePlanText(sampleText(name)).warnings).toEqual([]);
  });

  it('are read in full: every numbered item, figure, cited document and duty became something', () => {
    for (const name of SAMPLES) {
      const { coverage } = parsePlanText(sampleText(name));
      expect(coverage?.unread, name).toEqual([]);
      expect(coverage?.items, name).toBeGreaterThan(25);
    }
  });

  it('a decision that issues a plan keeps the decision as the document and the plan tasks', () => {
    const x = parsePlanText(sampleText('son-la-2025'));
    expect(x.document).toMatchObject({
      kind: 'QĐ',
      number: '2493/QĐ-UBND',
      level: 'province',
      date: '2025-10-03',
    });
    expect(x.document.signer?.name).toBe('Tráng Thị Xuân');
    expect(x.tasks.map((t) => t.ref)).toContain('III.5.c');
    expect(x.reporting.map((r) => `${r.day}/${r.month}`).sort()).toEqual(['20/12', '5/12']);
  });
});

// Every Excel import's dialog, without a browser: what it sends, how the server's answer reads (all
// stored, some, none), when a corrected file may be sent again, and the column an error names.
import { describe, expect, it } from 'vitest';
import {
  errorColumn,
  type ImportOutcome,
  importOutcome,
  maySendAgain,
  rowsWithErrors,
  type SheetImportResult,
  sheetUploadForm,
} from '../src/shared/sheetImport.ts';

const error = (row: number, field: string | null = 'email') => ({ row, field, message: 'Sai' });

/** The network's answer as the dialog reads it: rows added, updated or already there are taken. */
const taken = (answer: SheetImportResult) => answer.created + answer.updated + answer.duplicates;
const answer = (over: Partial<SheetImportResult> = {}): SheetImportResult => ({
  created: 0,
  updated: 0,
  duplicates: 0,
  errors: [],
  ...over,
});

describe('importOutcome', () => {
  it('says every row was stored, counting those added, updated and already there', () => {
    for (const stored of [answer({ created: 3 }), answer({ updated: 1 }), answer({ duplicates: 2 })])
      expect(importOutcome({ taken: taken(stored), errors: stored.errors }, false)).toBe('stored');
  });

  it('says a file with only its header had nothing to store, whatever was asked', () => {
    expect(importOutcome({ taken: 0, errors: [] }, false)).toBe('empty');
    expect(importOutcome({ taken: 0, errors: [] }, true)).toBe('empty');
  });

  it('tells a file refused for its errors from one with no good row to keep', () => {
    const bad = answer({ errors: [error(4), error(4, 'name')] });
    expect(importOutcome({ taken: taken(bad), errors: bad.errors }, false)).toBe('refused');
    expect(importOutcome({ taken: taken(bad), errors: bad.errors }, true)).toBe('noGoodRows');
  });

  it('says the good rows were kept when some were stored beside errors', () => {
    const some = answer({ created: 2, duplicates: 1, errors: [error(5)] });
    expect(importOutcome({ taken: taken(some), errors: some.errors }, true)).toBe('partial');
  });

  it('offers to send a corrected file only when nothing was stored, so no row goes in twice', () => {
    const outcomes: ImportOutcome[] = ['stored', 'partial', 'refused', 'noGoodRows', 'empty'];
    expect(outcomes.filter(maySendAgain)).toEqual(['refused', 'noGoodRows', 'empty']);
  });
});

describe('rowsWithErrors', () => {
  it('counts a row with two errors once', () => {
    expect(rowsWithErrors([error(3, 'email'), error(3, 'phone'), error(9, null)])).toBe(2);
    expect(rowsWithErrors([])).toBe(0);
  });
});

describe('errorColumn', () => {
  const headers = { file: 'Tệp', email: 'Thư điện tử', consentOn: 'Ngày đồng ý' };

  it('names the column by the template’s header, else as the server wrote it', () => {
    expect(errorColumn('email', headers)).toBe('Thư điện tử');
    expect(errorColumn('village', headers)).toBe('village');
    // Only the headers' own names: nothing inherited from an object.
    expect(errorColumn('constructor', headers)).toBe('constructor');
  });

  it('names the file when an error names no column', () => {
    expect(errorColumn(null, headers)).toBe('Tệp');
  });
});

describe('sheetUploadForm', () => {
  const file = new File(['PK'], 'mang-luoi.xlsx');

  it('sends whether to keep the good rows, then the file, as the server reads them in order', () => {
    const form = sheetUploadForm({ keepGoodRows: true, file });
    expect([...form.keys()]).toEqual(['keepGoodRows', 'file']);
    expect(form.get('keepGoodRows')).toBe('true');
    expect((form.get('file') as File).name).toBe('mang-luoi.xlsx');
    expect(sheetUploadForm({ keepGoodRows: false, file }).get('keepGoodRows')).toBe('false');
  });

  it('puts the other text fields before both', () => {
    const form = sheetUploadForm({ keepGoodRows: false, file }, { mapping: '{"body":"Xã"}' });
    expect([...form.keys()]).toEqual(['mapping', 'keepGoodRows', 'file']);
  });
});

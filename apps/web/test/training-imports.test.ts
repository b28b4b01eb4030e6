// The training imports' screens, without a browser: how an import's answer reads, when a corrected
// file may be sent again, and the platform's column mapping as the server takes it.
import { describe, expect, it } from 'vitest';
import { completionMappingOf, defaultCompletionAudience } from '../src/features/training/imports.ts';
import { errorColumn, importOutcome, maySendAgain, rowsWithErrors } from '../src/shared/sheetImport.ts';

const error = (row: number, field = 'phone') => ({ row, field, message: 'Sai' });

describe('importOutcome', () => {
  it('says every row was stored, or that the file had none', () => {
    expect(importOutcome({ taken: 12, errors: [] }, false)).toBe('stored');
    expect(importOutcome({ taken: 0, errors: [] }, true)).toBe('empty');
  });

  it('tells a file refused for its errors from one with no good row to keep', () => {
    expect(importOutcome({ taken: 0, errors: [error(3)] }, false)).toBe('refused');
    expect(importOutcome({ taken: 0, errors: [error(3)] }, true)).toBe('noGoodRows');
  });

  it('says the good rows were kept when some were stored beside errors', () => {
    expect(importOutcome({ taken: 4, errors: [error(3)] }, true)).toBe('partial');
  });

  it('offers to send a corrected file only when nothing was stored', () => {
    expect(maySendAgain('refused')).toBe(true);
    expect(maySendAgain('noGoodRows')).toBe(true);
    expect(maySendAgain('empty')).toBe(true);
    expect(maySendAgain('partial')).toBe(false);
    expect(maySendAgain('stored')).toBe(false);
  });
});

describe('rowsWithErrors', () => {
  it('counts a row with two errors once', () => {
    expect(rowsWithErrors([error(3, 'phone'), error(3, 'fullName'), error(7)])).toBe(2);
    expect(rowsWithErrors([])).toBe(0);
  });
});

describe('errorColumn', () => {
  it('names the column as the person knows it, else as the server wrote it', () => {
    const headers = { body: 'Xã/Phường', count: 'Số hoàn thành', file: 'Tệp' };
    expect(errorColumn('body', headers)).toBe('Xã/Phường');
    expect(errorColumn('village', headers)).toBe('village');
    expect(errorColumn('constructor', headers)).toBe('constructor');
  });
});

describe('completionMappingOf', () => {
  it('trims the headers and leaves out a code column not typed', () => {
    expect(
      completionMappingOf({
        body: ' Xã/Phường ',
        count: 'Số hoàn thành\t',
        code: '  ',
        audience: 'citizens',
      }),
    ).toEqual({ body: 'Xã/Phường', count: 'Số hoàn thành', audience: 'citizens' });
  });

  it('keeps a code column when typed', () => {
    expect(
      completionMappingOf({ body: 'Tên xã', count: 'Hoàn thành', code: 'Mã xã', audience: 'officials' }),
    ).toEqual({ body: 'Tên xã', count: 'Hoàn thành', code: 'Mã xã', audience: 'officials' });
  });
});

describe('defaultCompletionAudience', () => {
  it('starts with citizens when the course has them, else with its first audience', () => {
    expect(defaultCompletionAudience(['officials', 'citizens'])).toBe('citizens');
    expect(defaultCompletionAudience(['students', 'officials'])).toBe('students');
    expect(defaultCompletionAudience([])).toBeUndefined();
  });
});

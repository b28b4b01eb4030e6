import { VIETNAM_OFFSET_MS } from '@lantoa/domain';

/**
 * An instant as the Excel date and time a Vietnamese reader expects in the cell. Excel dates carry
 * no zone and ExcelJS writes a Date's UTC reading, so the instant is moved to Vietnam's wall clock.
 */
export const excelVietnamTime = (at: Date | number): Date =>
  new Date((typeof at === 'number' ? at : at.getTime()) + VIETNAM_OFFSET_MS);

/** How such a cell shows: 24-hour clock, day first. */
export const EXCEL_VIETNAM_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT } from './format.ts';

/**
 * A day, shown and typed dd/mm/yyyy. `phone`: the whole width, always a day, and picked from the
 * calendar only (no keyboard sliding over the form on a phone).
 */
export function DayPicker({ phone = false, ...props }: DatePickerProps & { phone?: boolean }) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      placeholder="dd/mm/yyyy"
      {...(phone ? { allowClear: false, inputReadOnly: true, style: { width: '100%' } } : {})}
      {...props}
    />
  );
}

import { Checkbox, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/i18n.tsx';
import { DATE_FORMAT } from '../../shared/format.ts';

const MONTH_ONLY = /^\d{4}-\d{2}$/;

/**
 * The date line of an official document, picked as dd/mm/yyyy. An official report is often printed
 * with the day left blank and written in by hand when it is signed ("ngày … tháng 12 năm 2026"): the
 * box keeps only the month and year (the API's "YYYY-MM").
 */
export function DocumentDateInput({
  value,
  onChange,
}: {
  value?: string;
  onChange?: (value: string) => void;
}) {
  const t = useT();
  const monthOnly = MONTH_ONLY.test(value ?? '');
  const picked = value ? dayjs(monthOnly ? `${value}-01` : value) : null;
  const shown = picked?.isValid() ? picked : null;
  const write = (day: dayjs.Dayjs | null, asMonth: boolean) =>
    onChange?.(day ? day.format(asMonth ? 'YYYY-MM' : 'YYYY-MM-DD') : '');
  return (
    <Flex vertical gap={4}>
      <DatePicker
        picker={monthOnly ? 'month' : 'date'}
        format={monthOnly ? 'MM/YYYY' : DATE_FORMAT}
        value={shown}
        onChange={(day) => write(day, monthOnly)}
        style={{ width: '100%' }}
      />
      <Checkbox checked={monthOnly} onChange={(event) => write(shown ?? dayjs(), event.target.checked)}>
        {t('consolidated.dayBlank')}
      </Checkbox>
    </Flex>
  );
}

import { MAX_BUDGET_AMOUNT } from '@lantoa/domain/constants';
import { InputNumber, type InputNumberProps } from 'antd';
import { groupDong, parseDong } from './estimate-form.ts';

/** An amount in whole đồng, typed and shown with Vietnamese separators (25.000.000). */
export function DongInput(props: Omit<InputNumberProps<number>, 'formatter' | 'parser' | 'precision'>) {
  return (
    <InputNumber<number>
      min={0}
      max={MAX_BUDGET_AMOUNT}
      precision={0}
      inputMode="numeric"
      formatter={(value) => groupDong(value)}
      parser={(text) => Number(parseDong(text))}
      addonAfter="đ"
      style={{ width: '100%' }}
      {...props}
    />
  );
}

import { vietnamToday } from '@lantoa/domain/rules';
import { Form, type FormInstance, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/i18n.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import type { Problem, ProblemInput } from './api.ts';

/** A problem as the form holds it. */
export interface ProblemValues {
  title: string;
  holder: string;
  needs: string;
  expected?: string;
  deadline: Dayjs | null;
}

export function inputOf(values: ProblemValues): ProblemInput {
  return {
    title: values.title.trim(),
    holder: values.holder.trim(),
    needs: values.needs.trim(),
    expected: (values.expected ?? '').trim(),
    deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : '',
  };
}

export function valuesOf(problem: Problem): ProblemValues {
  return {
    title: problem.title,
    holder: problem.holder,
    needs: problem.needs,
    expected: problem.expected,
    deadline: dayjs(problem.deadline),
  };
}

/** A problem's fields: what it is, who has it, what is needed and expected, and until when proposals come. */
export function ProblemForm({
  form,
  disabled,
  onChange,
}: {
  form: FormInstance<ProblemValues>;
  disabled: boolean;
  onChange?: () => void;
}) {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <VerticalForm<ProblemValues>
      form={form}
      name="science-problem"
      disabled={disabled}
      onValuesChange={() => onChange?.()}
      data-testid="problem-form"
    >
      <Form.Item name="title" label={t('problems.field.title')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="holder"
        label={t('problems.field.holder')}
        extra={t('problems.field.holderHint')}
        rules={required}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="needs"
        label={t('problems.field.needs')}
        extra={t('problems.field.needsHint')}
        rules={required}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={10000} />
      </Form.Item>
      <Form.Item
        name="expected"
        label={t('problems.field.expected')}
        extra={t('problems.field.expectedHint')}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t('problems.field.deadline')}
        extra={t('problems.field.deadlineHint')}
        rules={[{ required: true, message: t('problems.field.deadlineRequired') }]}
      >
        <DayPicker
          disabledDate={(day) => day.format('YYYY-MM-DD') < vietnamToday()}
          aria-label={t('problems.field.deadline')}
        />
      </Form.Item>
    </VerticalForm>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { QUIZ_OPTION_KEYS } from '@lantoa/domain/constants';
import { App, AutoComplete, Button, Checkbox, Flex, Form, Input, Radio, Switch } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type QuizQuestion, quizApi } from './api.ts';
import { difficultyOptions } from './common.tsx';

interface Values {
  code?: string;
  topic: string;
  difficulty: number;
  text: string;
  explanation?: string;
  options: { text: string; correct: boolean }[];
  active: boolean;
}

interface Props {
  open: boolean;
  bodyId: string;
  /** The question to edit; a new one when absent. */
  question: QuizQuestion | null;
  topics: string[];
  onClose: () => void;
  onSaved: (question: QuizQuestion) => void;
}

const blank = { text: '', correct: false };

/** Adds or edits a question: 2–6 options, one or more correct, topic, difficulty, explanation. */
export function QuestionFormModal({ open, bodyId, question, topics, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, run } = useSubmit(form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      question
        ? {
            code: question.code,
            topic: question.topic,
            difficulty: question.difficulty,
            text: question.text,
            explanation: question.explanation,
            options: question.options.map((o) => ({ text: o.text, correct: o.correct })),
            active: question.active,
          }
        : {
            topic: topics[0] ?? '',
            difficulty: 1,
            text: '',
            options: [blank, blank, blank, blank],
            active: true,
          },
    );
  }, [open, question, topics, form, setError]);

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what to fix
    }
    const input = {
      topic: values.topic.trim(),
      difficulty: values.difficulty,
      text: values.text.trim(),
      explanation: values.explanation?.trim() ?? '',
      options: values.options.map((o, i) => ({
        key: QUIZ_OPTION_KEYS[i] ?? 'F',
        text: o.text.trim(),
        correct: Boolean(o.correct),
      })),
    };
    await run(async () => {
      const saved = question
        ? await quizApi.updateQuestion(question.id, {
            ...input,
            active: values.active,
            version: question.version,
          })
        : await quizApi.createQuestion(bodyId, { ...input, code: values.code?.trim() || undefined });
      void message.success(t(question ? 'quiz.questions.updated' : 'quiz.questions.created'));
      onSaved(saved);
    });
  };

  return (
    <FormModal
      open={open}
      title={
        question ? t('quiz.questions.editTitle', { code: question.code }) : t('quiz.questions.createTitle')
      }
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      saving={saving}
      error={error}
      width={720}
      forceRender
      destroyOnHidden={false}
    >
      <VerticalForm<Values> form={form} name="quiz-question">
        <Flex gap={16} wrap>
          {!question && (
            <Form.Item name="code" label={t('quiz.questions.code')} extra={t('quiz.questions.codeHint')}>
              <Input maxLength={40} style={{ width: 160 }} />
            </Form.Item>
          )}
          <Form.Item
            name="topic"
            label={t('quiz.questions.topic')}
            rules={[{ required: true, whitespace: true, message: t('quiz.validation.topic') }]}
            style={{ flex: 1, minWidth: 220 }}
          >
            <AutoComplete
              options={topics.map((topic) => ({ value: topic }))}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.value ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
              maxLength={200}
            />
          </Form.Item>
          <Form.Item name="difficulty" label={t('quiz.questions.difficulty')}>
            <Radio.Group optionType="button" options={difficultyOptions(t)} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="text"
          label={t('quiz.questions.text')}
          rules={[{ required: true, whitespace: true, message: t('quiz.validation.text') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.List
          name="options"
          rules={[
            {
              validator: async (_rule, options: Values['options'] | undefined) => {
                if (!options || options.length < 2) throw new Error(t('quiz.validation.minOptions'));
                if (options.length > 6) throw new Error(t('quiz.validation.maxOptions'));
                if (!options.some((o) => o?.correct)) throw new Error(t('quiz.validation.oneCorrect'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('quiz.questions.options')} extra={t('quiz.questions.optionsHint')}>
              {fields.map((field, index) => {
                const key = QUIZ_OPTION_KEYS[index] ?? '?';
                return (
                  <Flex key={field.key} gap={8} align="flex-start">
                    <span style={{ width: 24, lineHeight: '32px', fontWeight: 600 }}>{key}</span>
                    <Form.Item
                      name={[field.name, 'text']}
                      rules={[{ required: true, whitespace: true, message: t('quiz.validation.optionText') }]}
                      style={{ flex: 1, marginBottom: 8 }}
                    >
                      <Input aria-label={t('quiz.questions.optionN', { key })} maxLength={2000} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'correct']}
                      valuePropName="checked"
                      style={{ marginBottom: 8 }}
                    >
                      <Checkbox
                        aria-label={`${t('quiz.questions.optionN', { key })}: ${t('quiz.questions.isCorrect')}`}
                        onChange={() => void form.validateFields(['options']).catch(() => {})}
                      >
                        {t('quiz.questions.isCorrect')}
                      </Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('quiz.questions.removeOption', { key })}
                      disabled={fields.length <= 2}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                );
              })}
              <Button icon={<PlusOutlined />} disabled={fields.length >= 6} onClick={() => add({ ...blank })}>
                {t('quiz.questions.addOption')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="explanation" label={t('quiz.questions.explanation')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="active"
          valuePropName="checked"
          label={t('quiz.questions.activeSwitch')}
          hidden={!question}
        >
          <Switch />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

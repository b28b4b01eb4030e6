import { dutyRef } from '@lantoa/domain/constants';
import { Button, Empty, Flex, Tag, Typography } from 'antd';
import type { ExtractTask, PlanExtract } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { withDutyTasks } from './duty-task.ts';

/**
 * The duties the plan gives body by body under "Tổ chức thực hiện", each of which the reviewer can
 * make a task led by that body, one at a time or all at once (a plan written in "duty" style gives
 * its work only there).
 */
export function DutiesPanel({
  extract,
  onTasks,
}: {
  extract: PlanExtract;
  onTasks: (tasks: ExtractTask[]) => void;
}) {
  const t = useT();
  const made = new Set(extract.tasks.map((task) => task.ref));
  const duties = extract.responsibilities.flatMap((r, body) =>
    r.duties.map((text, duty) => ({ agency: r.agency, text, body, duty, ref: dutyRef(body, duty) })),
  );
  if (duties.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noDuties')} />;
  const open = duties.filter((d) => !made.has(d.ref));
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('review.dutiesHint')}</Typography.Text>
        <Button disabled={open.length === 0} onClick={() => onTasks(withDutyTasks(extract, open))}>
          {t('review.dutiesToTasks')}
        </Button>
      </Flex>
      {duties.map((d) => (
        <Flex key={d.ref} data-testid="duty" justify="space-between" align="start" gap={12}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{d.agency || t('review.passage.noAgency')}</Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
              {d.text}
            </Typography.Paragraph>
          </div>
          {made.has(d.ref) ? (
            <Tag color="green">{t('review.dutyIsTask', { ref: d.ref })}</Tag>
          ) : (
            <Button size="small" onClick={() => onTasks(withDutyTasks(extract, [d]))}>
              {t('review.dutyToTask')}
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

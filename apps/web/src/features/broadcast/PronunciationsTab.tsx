import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ListTable } from '../../shared/ListTable.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useRowDelete } from '../../shared/useRowDelete.ts';
import { type Pronunciation, speechApi } from './api.ts';
import { PronunciationModal } from './PronunciationModal.tsx';

/**
 * A body's pronunciation list as the speech engine applies it: its own entries (added, deleted here by
 * its broadcasters) and those of the bodies above it (changed there), the nearer first.
 */
export function PronunciationsTab({ bodyId }: { bodyId: string }) {
  const t = useT();
  const fetchList = useCallback(() => speechApi.pronunciations(bodyId), [bodyId]);
  const list = useFetched(fetchList);
  const [adding, setAdding] = useState(false);
  const canChange = list.data?.canChange ?? false;

  const { deleting, deleteRow: remove } = useRowDelete<Pronunciation>(
    speechApi.deletePronunciation,
    'broadcast.pronunciations.deleted',
    list.reload,
  );

  return (
    <>
      <Notice type="info" title={t('broadcast.pronunciations.hint')} />
      {canChange && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('broadcast.pronunciations.add')}
          </Button>
        </Flex>
      )}
      <ListTable<Pronunciation>
        list={list}
        testId="pronunciations"
        empty={t('broadcast.pronunciations.empty')}
        pagination={false}
        columns={[
          { title: t('broadcast.pronunciations.written'), dataIndex: 'written', key: 'written' },
          { title: t('broadcast.pronunciations.spoken'), dataIndex: 'spoken', key: 'spoken' },
          {
            title: t('broadcast.pronunciations.origin'),
            key: 'origin',
            render: (_v, row) =>
              row.own ? (
                <Tag color="green">{t('broadcast.pronunciations.own')}</Tag>
              ) : (
                <Tag>{t('broadcast.pronunciations.inherited', { body: row.body.name })}</Tag>
              ),
          },
          ...(canChange
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_v: unknown, row: Pronunciation) =>
                    row.own && (
                      <Popconfirm
                        title={t('broadcast.pronunciations.deleteConfirm', { written: row.written })}
                        okText={t('broadcast.pronunciations.delete')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => void remove(row)}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          loading={deleting === row.id}
                          aria-label={`${t('broadcast.pronunciations.delete')} ${row.written}`}
                        >
                          {t('broadcast.pronunciations.delete')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <PronunciationModal
          bodyId={bodyId}
          initial={{ written: '', spoken: '' }}
          onClose={() => setAdding(false)}
          onSaved={() => void list.reload()}
        />
      )}
    </>
  );
}

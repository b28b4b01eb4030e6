import { Button, Card, Flex, Form, Input, InputNumber, Spin, Switch, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { isStatus } from '../../shared/errors.ts';
import { formatDateTime } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useResource } from '../../shared/useResource.ts';
import { useVersionedForm } from '../../shared/useVersionedForm.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type PublicSiteSettings, publicSiteApi } from './api.ts';

interface Values {
  enabled: boolean;
  intro: string;
  feedbackDays: number;
  showHonours: boolean;
}

/** The settings as the versioned form edits them: a row whose id is its body's. */
type SiteRow = PublicSiteSettings & { id: string };

const rowOf = (settings: PublicSiteSettings): SiteRow => ({ ...settings, id: settings.body.id });
const valuesOf = (row: SiteRow): Values => ({
  enabled: row.enabled,
  intro: row.intro,
  feedbackDays: row.feedbackDays,
  showHonours: row.showHonours,
});

/**
 * The body whose site opens first: the one in the address (`?body=`), else the first of the person's
 * scopes (then their own body) whose settings they may keep. The server decides who keeps what; the
 * screen only asks.
 */
function useStartingBody(): { bodyId: string | null; searching: boolean; choose: (id: string) => void } {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const asked = params.get('body');
  const [found, setFound] = useState<string | null | undefined>(asked ? asked : undefined);
  // Only provinces and communes have a site: the person's own body is left out when it is neither (a
  // department, the national level), so that nobody's screen opens on a refusal.
  const candidates = useMemo(() => {
    const own = me.user.body;
    const hasSite = own.kind === 'province' || own.kind === 'commune';
    const scopes = me.user.roles.map((r) => r.scopeBodyId).filter((id) => hasSite || id !== own.id);
    return [...new Set([...scopes, ...(hasSite ? [own.id] : [])])];
  }, [me]);
  useEffect(() => {
    if (asked || found !== undefined) return;
    let live = true;
    void (async () => {
      for (const id of candidates) {
        try {
          await publicSiteApi.settings(id);
          if (live) setFound(id);
          return;
        } catch (caught) {
          if (!isStatus(caught, 404)) break;
        }
      }
      if (live) setFound(null);
    })();
    return () => {
      live = false;
    };
  }, [asked, found, candidates]);
  const choose = useCallback((id: string) => setParams({ body: id }), [setParams]);
  return { bodyId: asked ?? found ?? null, searching: !asked && found === undefined, choose };
}

/**
 * A province's or commune's public site: its address to share, open or closed, its intro and deadline,
 * and whether it lists those honoured.
 */
export default function PublicSitePage() {
  const t = useT();
  const { bodyId, searching, choose } = useStartingBody();
  const [form] = Form.useForm<Values>();
  const [notManaged, setNotManaged] = useState(false);

  const fetch = useCallback(
    async (accept: (row: SiteRow) => void) => {
      setNotManaged(false);
      if (!bodyId) return;
      try {
        accept(rowOf(await publicSiteApi.settings(bodyId)));
      } catch (caught) {
        if (!isStatus(caught, 404)) throw caught;
        setNotManaged(true);
      }
    },
    [bodyId],
  );
  const { resource, accept, reload } = useResource<SiteRow>(fetch);
  const row = resource.state === 'ok' && resource.data.id === bodyId ? resource.data : null;

  const { saving, error, dirty, markDirty, stale, clearStale, save } = useVersionedForm<SiteRow, Values>({
    form,
    row,
    valuesOf,
    update: async (current, values) =>
      rowOf(await publicSiteApi.save(current.id, { ...values, version: current.version })),
    accept,
    reload,
    savedText: t('publicSite.saved'),
  });
  const enabled = Form.useWatch('enabled', form);

  const picker = (
    <Form.Item label={t('publicSite.body')} htmlFor="public-site-body" style={{ marginBottom: 16 }}>
      <BodySelect
        id="public-site-body"
        ariaLabel={t('publicSite.body')}
        placeholder={t('publicSite.bodyHint')}
        value={bodyId}
        initial={row ? [{ id: row.body.id, name: row.body.name, kind: row.body.kind }] : []}
        onChange={(id) => id && choose(id)}
        style={{ width: 360, maxWidth: '100%' }}
      />
    </Form.Item>
  );

  return (
    <>
      <PageTitle title={t('publicSite.title')} subtitle={t('publicSite.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <VerticalForm>{picker}</VerticalForm>
        {searching && <Spin />}
        {!searching && !bodyId && <Notice type="info" title={t('publicSite.pick')} />}
        {notManaged && (
          <Notice type="warning" title={t('publicSite.notManaged')} data-testid="public-site-not-managed" />
        )}
        {resource.state === 'error' && <ErrorAlert error={resource.message} />}
        {bodyId && !notManaged && resource.state === 'loading' && <Spin />}
      </Card>
      {row && (
        <Card title={row.body.name} data-testid="public-site-settings">
          <Typography.Text strong>{t('publicSite.address')}</Typography.Text>
          <Flex gap={12} wrap align="center" style={{ margin: '4px 0' }}>
            <Typography.Text copyable={{ text: row.address }} data-testid="public-site-address">
              {row.address}
            </Typography.Text>
            <Button href={row.path} target="_blank" rel="noopener">
              {t('publicSite.preview')}
            </Button>
          </Flex>
          <Typography.Paragraph type="secondary">{t('publicSite.addressHint')}</Typography.Paragraph>
          {stale && <ErrorAlert error={t('publicSite.stale')} onClose={clearStale} />}
          <ErrorAlert error={error} testId="public-site-error" />
          <VerticalForm<Values> form={form} onValuesChange={markDirty} style={{ maxWidth: 640 }}>
            <Form.Item
              name="enabled"
              label={t('publicSite.enabled')}
              valuePropName="checked"
              extra={t(
                row.body.kind === 'province' ? 'publicSite.enabledProvince' : 'publicSite.enabledCommune',
              )}
            >
              <Switch />
            </Form.Item>
            {enabled === false && <Notice type="warning" title={t('publicSite.closed')} />}
            <Form.Item name="intro" label={t('publicSite.intro')} extra={t('publicSite.introHint')}>
              <Input.TextArea rows={5} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item
              name="feedbackDays"
              label={t('publicSite.feedbackDays')}
              extra={t('publicSite.feedbackDaysHint')}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1,
                  max: 90,
                  message: t('publicSite.feedbackDaysRequired'),
                },
              ]}
            >
              <InputNumber<number> min={1} max={90} precision={0} />
            </Form.Item>
            <Form.Item
              name="showHonours"
              label={t('publicSite.showHonours')}
              valuePropName="checked"
              extra={t('publicSite.showHonoursHint')}
            >
              <Switch data-testid="public-site-show-honours" />
            </Form.Item>
            <Flex gap={12} align="center" wrap>
              <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
                {t('common.save')}
              </Button>
              <Typography.Text type="secondary">
                {row.updatedAt
                  ? t('publicSite.updatedAt', { time: formatDateTime(row.updatedAt) })
                  : t('publicSite.neverSaved')}
              </Typography.Text>
            </Flex>
          </VerticalForm>
        </Card>
      )}
    </>
  );
}

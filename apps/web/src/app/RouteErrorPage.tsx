import { CloseCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { Button, Flex, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useRouteError } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { FullPageSpin } from '../shared/FullPageSpin.tsx';

/**
 * How browsers say that a lazily loaded screen's file is not there: after a new version of the app
 * is deployed, the page still open asks for a chunk whose hashed name no longer exists.
 */
const MISSING_CHUNK =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch|ChunkLoadError/i;

export function isMissingChunk(error: unknown): boolean {
  return error instanceof Error && (MISSING_CHUNK.test(error.message) || error.name === 'ChunkLoadError');
}

const RELOADED_KEY = 'lantoa.reloadedForNewVersion';
/** A reload that happened this recently for the same address did not help: do not loop. */
const RELOAD_WINDOW_MS = 30_000;

interface LastReload {
  at: number;
  here: string;
}

const currentAddress = () => window.location.pathname + window.location.search;

function lastReload(): LastReload | null {
  try {
    return JSON.parse(sessionStorage.getItem(RELOADED_KEY) ?? 'null') as LastReload | null;
  } catch {
    return null;
  }
}

/**
 * Whether reloading may fetch the new version: not when a reload for this address just happened
 * (it did not help), nor when storage is refused (private mode), as the guard could not hold.
 */
function mayReload(): boolean {
  const last = lastReload();
  if (last && last.here === currentAddress() && Date.now() - last.at < RELOAD_WINDOW_MS) return false;
  try {
    sessionStorage.setItem(`${RELOADED_KEY}.probe`, '1');
    sessionStorage.removeItem(`${RELOADED_KEY}.probe`);
    return true;
  } catch {
    return false;
  }
}

function reloadForNewVersion() {
  sessionStorage.setItem(RELOADED_KEY, JSON.stringify({ at: Date.now(), here: currentAddress() }));
  window.location.reload();
}

/**
 * What a screen that failed shows instead of React Router's raw error: for a new version of the
 * app, one automatic reload and then a button to reload; for anything else, a plain Vietnamese
 * message with the ways out. Nothing of the error itself is rendered (it may be English or carry
 * data).
 */
export function RouteErrorPage() {
  const t = useT();
  const { token } = theme.useToken();
  const error = useRouteError();
  const missingChunk = isMissingChunk(error);
  // Decided on first render: a missing chunk reloads once (the spinner shows meanwhile).
  const [reloading] = useState(() => missingChunk && mayReload());

  useEffect(() => {
    if (reloading) reloadForNewVersion();
    else if (!missingChunk) console.error(error);
  }, [error, missingChunk, reloading]);

  if (reloading) return <FullPageSpin />;
  const Icon = missingChunk ? InfoCircleFilled : CloseCircleFilled;
  // Laid out as antd's Result (icon, title, hint, ways out), not with it: Result carries three large
  // pictures (404, 403, 500) that would come with every first load, sign-in page included (~8 KB).
  return (
    <Flex
      vertical
      align="center"
      data-testid="route-error"
      style={{ padding: '48px 32px', textAlign: 'center' }}
    >
      <Icon style={{ fontSize: 72, color: missingChunk ? token.colorInfo : token.colorError }} />
      <Typography.Title level={3} style={{ margin: '24px 0 8px' }}>
        {t(missingChunk ? 'errors.newVersion' : 'errors.screenFailed')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t(missingChunk ? 'errors.newVersionHint' : 'errors.screenFailedHint')}
      </Typography.Text>
      <Flex gap={8} justify="center" wrap style={{ marginTop: 24 }}>
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
        <Link to="/">
          <Button>{t('errors.goHome')}</Button>
        </Link>
      </Flex>
    </Flex>
  );
}

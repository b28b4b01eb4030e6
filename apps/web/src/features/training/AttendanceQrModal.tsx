import { Alert, Button, Flex, Modal, Spin, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatNumber } from '../../shared/format.ts';
import { type AttendanceCode, trainingApi } from './api.ts';

/** How often the count of people present is read again while the code is shown. */
const COUNT_EVERY_MS = 10_000;

/**
 * The server's SVG as a picture: an <img> of a data: URL, never markup in the page (the app's CSP
 * allows images from data:, and an image cannot run anything it carries).
 */
const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The attendance QR code shown full screen at the session (a projector, or the organiser's phone held
 * up): participants scan it and give their phone number. The code is signed and short-lived, so a new
 * one is fetched every `refreshSeconds` while the dialog is open; the count of people present is read
 * again meanwhile (`onTick` reloads the course). These are not marked as background requests: showing
 * the code is the organiser's work, and the session must not end idle in the middle of it.
 */
export function AttendanceQrModal({
  courseId,
  topic,
  present,
  total,
  onTick,
  onClose,
}: {
  courseId: string;
  topic: string;
  present: number;
  total: number;
  onTick: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const [code, setCode] = useState<AttendanceCode | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchCode = async () => {
      try {
        const next = await trainingApi.attendanceCode(courseId);
        if (!live) return;
        setCode(next);
        setError(null);
        timer = setTimeout(() => void fetchCode(), Math.max(5, next.refreshSeconds) * 1000);
      } catch (caught) {
        // Outside the course's days (or no longer the organiser): say why, and stop asking.
        if (live) setError(errorText(caught, t));
      }
    };
    void fetchCode();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [courseId, t]);

  useEffect(() => {
    const timer = setInterval(onTick, COUNT_EVERY_MS);
    return () => clearInterval(timer);
  }, [onTick]);

  return (
    <Modal
      open
      title={t('training.qr.title')}
      onCancel={onClose}
      width="100%"
      style={{ top: 0, maxWidth: '100vw', paddingBottom: 0 }}
      styles={{ container: { minHeight: '100vh', borderRadius: 0 } }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('training.qr.close')}
        </Button>
      }
      data-testid="attendance-qr"
    >
      <Flex vertical align="center" gap={16} style={{ textAlign: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {topic}
        </Typography.Title>
        {error ? (
          <Alert type="error" showIcon title={error} data-testid="attendance-qr-error" />
        ) : code ? (
          <>
            <img
              src={svgDataUrl(code.svg)}
              alt={t('training.qr.alt')}
              style={{ width: 'min(80vw, 60vh)', height: 'auto', aspectRatio: '1 / 1' }}
            />
            <Typography.Text>{t('training.qr.scan')}</Typography.Text>
            <Typography.Text
              code
              data-testid="attendance-url"
              style={{ wordBreak: 'break-all', maxWidth: '90vw' }}
            >
              {code.url}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('training.qr.refresh', { seconds: code.refreshSeconds })}
            </Typography.Text>
          </>
        ) : (
          <Spin size="large" />
        )}
        <Statistic
          title={t('training.qr.present')}
          value={`${formatNumber(present)}/${formatNumber(total)}`}
          data-testid="attendance-present"
        />
      </Flex>
    </Modal>
  );
}

import { isAbsolute, resolve } from 'node:path';
import type { FileStorageDriver } from './storage.ts';

/** S3-compatible object storage: a bucket (and a prefix in it), reached at an endpoint. */
export interface S3StorageConfig {
  driver: 's3';
  bucket: string;
  /** Keys are stored under this prefix ('' or ending in '/'). */
  prefix: string;
  /** The server (MinIO, Ceph, a provider's URL); AWS itself when absent. */
  endpoint: string | undefined;
  region: string;
  /** Bucket in the path (http://host/bucket/key), as most S3-compatible servers want. */
  forcePathStyle: boolean;
  /** From LANTOA_S3_ACCESS_KEY_ID/LANTOA_S3_SECRET_ACCESS_KEY; absent, the AWS client's own chain (AWS_ACCESS_KEY_ID…). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
}

/** Where the bytes of stored files live, from LANTOA_FILES. */
export type FileStorageConfig =
  | { driver: 'database' }
  | { driver: 'directory'; path: string }
  | S3StorageConfig;

export type { FileStorageDriver };

const EXAMPLES =
  'database, dir:/srv/lantoa/files hoặc s3://ten-bucket?endpoint=http://127.0.0.1:9000&region=us-east-1';

const refused = (name: string, value: string, why: string) =>
  new Error(`${name}="${value}" không hợp lệ: ${why} Hãy dùng một trong các dạng: ${EXAMPLES}.`);

/**
 * Reads a storage target as LANTOA_FILES and `lantoa files migrate --to` write it: `database`,
 * `dir:/path` (a folder, e.g. a shared volume) or `s3://bucket[/prefix]?endpoint=…&region=…&forcePathStyle=1`.
 * `name` is what the value was given as, for the message when it is wrong.
 */
export function parseFileStorageTarget(
  value: string,
  env: NodeJS.ProcessEnv,
  name = 'LANTOA_FILES',
): FileStorageConfig {
  const raw = value.trim();
  if (raw === '' || raw === 'database' || raw === 'db') return { driver: 'database' };
  if (raw.startsWith('dir:')) {
    const path = raw.slice('dir:'.length);
    if (!path) throw refused(name, value, 'thiếu đường dẫn thư mục sau "dir:".');
    if (!isAbsolute(path) && !path.startsWith('.'))
      throw refused(name, value, 'đường dẫn thư mục phải là tuyệt đối (bắt đầu bằng /) hoặc bắt đầu bằng ./');
    return { driver: 'directory', path: resolve(path) };
  }
  if (raw.startsWith('s3://')) return parseS3(raw, value, env, name);
  throw refused(name, value, 'không nhận ra kiểu lưu trữ.');
}

function parseS3(raw: string, value: string, env: NodeJS.ProcessEnv, name: string): S3StorageConfig {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(name, value, 'không đọc được địa chỉ s3://.');
  }
  const bucket = url.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw refused(
      name,
      value,
      `tên bucket "${bucket}" không hợp lệ (3–63 ký tự: chữ thường, số, dấu chấm, gạch ngang).`,
    );
  const known = new Set(['endpoint', 'region', 'forcePathStyle']);
  for (const key of url.searchParams.keys())
    if (!known.has(key))
      throw refused(
        name,
        value,
        `tham số "${key}" không được hỗ trợ (chỉ endpoint, region, forcePathStyle).`,
      );
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint))
    throw refused(name, value, 'endpoint phải là một địa chỉ http:// hoặc https://.');
  const forcePathStyle = url.searchParams.get('forcePathStyle') ?? '0';
  if (!['0', '1', 'true', 'false'].includes(forcePathStyle))
    throw refused(name, value, 'forcePathStyle phải là 1 hoặc 0.');
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  const accessKeyId = env.LANTOA_S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.LANTOA_S3_SECRET_ACCESS_KEY?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error(
      'Hãy đặt cả LANTOA_S3_ACCESS_KEY_ID và LANTOA_S3_SECRET_ACCESS_KEY (hoặc bỏ cả hai để dùng AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).',
    );
  return {
    driver: 's3',
    bucket,
    prefix: path ? `${path}/` : '',
    endpoint,
    region: url.searchParams.get('region') || env.AWS_REGION || 'us-east-1',
    forcePathStyle: forcePathStyle === '1' || forcePathStyle === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** LANTOA_FILES: where stored files' bytes live; unset, in the database. */
export function fileStorageConfigFromEnv(env: NodeJS.ProcessEnv): FileStorageConfig {
  return parseFileStorageTarget(env.LANTOA_FILES ?? '', env);
}

/** The LANTOA_FILES value naming a storage (credentials are never part of it). */
export function fileStorageTarget(config: FileStorageConfig): string {
  switch (config.driver) {
    case 'database':
      return 'database';
    case 'directory':
      return `dir:${config.path}`;
    case 's3': {
      const query = new URLSearchParams();
      if (config.endpoint) query.set('endpoint', config.endpoint);
      query.set('region', config.region);
      if (config.forcePathStyle) query.set('forcePathStyle', '1');
      return `s3://${config.bucket}/${config.prefix.replace(/\/$/, '')}?${query}`.replace('/?', '?');
    }
  }
}

import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { type FileStorage, StoredBytesMissing } from './storage.ts';
import type { S3StorageConfig } from './storage-config.ts';

/**
 * Parts of a multipart upload: S3's smallest (5 MiB), so a write holds at most `UPLOAD_PARTS_IN_FLIGHT`
 * of them; a file smaller than one part is a single PutObject.
 */
export const S3_PART_BYTES = 5 * 1024 * 1024;
const UPLOAD_PARTS_IN_FLIGHT = 2;

const missing = (error: unknown) =>
  error instanceof NoSuchKey ||
  (error instanceof S3ServiceException &&
    (error.name === 'NotFound' || error.$metadata.httpStatusCode === 404));

/**
 * Bytes as objects in an S3-compatible bucket (LANTOA_FILES=s3://bucket/prefix?endpoint=…), through the
 * AWS SDK: a write is streamed as a multipart upload (aborted, leaving nothing, when it fails), a read
 * is the object's body as it arrives, a Range is asked of the server.
 */
export function s3FileStorage(config: S3StorageConfig, client = s3Client(config)): FileStorage {
  const objectKey = (key: string) => `${config.prefix}${key}`;
  const storage: FileStorage = {
    driver: 's3',
    async put(key, content: Readable) {
      await new Upload({
        client,
        params: { Bucket: config.bucket, Key: objectKey(key), Body: content },
        partSize: S3_PART_BYTES,
        queueSize: UPLOAD_PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      }).done();
    },
    async get(key, range) {
      try {
        const object = await client.send(
          new GetObjectCommand({
            Bucket: config.bucket,
            Key: objectKey(key),
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        );
        if (!(object.Body instanceof Readable)) throw new Error('The S3 client returned no stream');
        return object.Body;
      } catch (error) {
        throw missing(error) ? new StoredBytesMissing(key) : error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
    async *keys() {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: config.bucket,
            Prefix: config.prefix,
            ContinuationToken: token,
          }),
        );
        for (const object of page.Contents ?? []) {
          const key = object.Key?.slice(config.prefix.length);
          if (key && !key.includes('/')) yield key;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    within: () => storage,
  };
  return storage;
}

/** The client of a configured bucket; credentials from the config, or the AWS client's own chain. */
export function s3Client(config: S3StorageConfig) {
  return new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  });
}

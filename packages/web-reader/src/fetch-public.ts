import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { domainToASCII } from 'node:url';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPublicAddress } from './addresses.ts';
import { readErrors, WebReadError } from './errors.ts';

// Fetching an address a user chose (a channel's feed, a pasted link) without letting them use the
// server to reach what only the server can reach. Each hop's host is resolved once, every address it
// resolves to must be public unicast, and the connection goes to those very addresses (a `lookup`
// that answers with them): a second DNS answer, changed between the check and the connection (DNS
// rebinding), is never asked for. Redirects are followed here, each hop checked the same way, so a
// public page cannot send the server on to 127.0.0.1. One deadline covers every hop and the body,
// and the body is counted as it arrives (after decompression) and dropped beyond the cap.

export interface FetchOptions {
  /** For the whole read: every hop, the DNS lookups and the body. */
  timeoutMs?: number | undefined;
  /** Largest body accepted, after decompression. */
  maxBytes?: number | undefined;
  /**
   * Host names trusted even when they resolve to a private address (a province's intranet portal;
   * 'localhost' in tests). Names, not addresses: an IP literal in a URL passes only when it is listed
   * itself, so trusting 'localhost' does not let a redirect to http://127.0.0.1 through.
   */
  allowHosts?: readonly string[] | undefined;
  /** The Accept header. */
  accept?: string | undefined;
}

export interface FetchedDocument {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  /** The media type, lowercased, without parameters ('' when the server gave none). */
  contentType: string;
  /** The charset the server declared, if any. */
  charset: string | null;
  body: Uint8Array;
}

export const MAX_REDIRECTS = 3;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Mozilla/5.0 (compatible; LanToa/1.0; +feed reader)';

/** A host as compared with the allowed list: lowercase, ASCII (punycode), no brackets, no final dot. */
function normalisedHost(host: string): string {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  return isIP(bare) ? bare : domainToASCII(bare) || bare;
}

function httpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw readErrors.badUrl(raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw readErrors.badUrl(raw);
  return url;
}

/** The addresses a hop may connect to: checked, or trusted by name. */
async function resolveHop(url: URL, allowed: ReadonlySet<string>): Promise<LookupAddress[]> {
  const host = normalisedHost(url.hostname);
  const listed = allowed.has(host);
  const family = isIP(host);
  if (family !== 0) {
    if (!listed && !isPublicAddress(host)) throw readErrors.refusedAddress(host, host);
    return [{ address: host, family }];
  }
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookup(host, { all: true });
  } catch (error) {
    throw readErrors.unreachable(host, error);
  }
  if (addresses.length === 0) throw readErrors.unreachable(host, new Error('no address'));
  if (!listed) {
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) throw readErrors.refusedAddress(host, refused.address);
  }
  return addresses;
}

/** A `lookup` that answers only with the addresses already checked. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses;
    const first = usable[0];
    if (!first) {
      callback(Object.assign(new Error('no address of the family asked'), { code: 'ENOTFOUND' }), '', 0);
    } else if (options.all) {
      callback(null, usable);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

function send(url: URL, addresses: LookupAddress[], signal: AbortSignal, accept: string) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'GET',
        headers: {
          'user-agent': USER_AGENT,
          accept,
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'vi, en;q=0.5',
        },
        lookup: pinnedLookup(addresses),
        signal,
        // A fresh connection per hop: a pooled socket could have been opened to another hop's address.
        agent: false,
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

/** The body, decompressed, refused as soon as it passes `maxBytes`. */
async function readBody(response: http.IncomingMessage, maxBytes: number, host: string): Promise<Uint8Array> {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  // Even compressed, a body larger than the cap on the wire is larger once decompressed.
  if (declared > maxBytes) {
    response.destroy();
    throw readErrors.tooLarge(host, maxBytes);
  }
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  // pipeline() destroys both streams when either fails, so an aborted response ends the loop below.
  const stream: Readable = decoder ? pipeline(response, decoder, () => {}) : response;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw readErrors.tooLarge(host, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    response.destroy();
    decoder?.destroy();
  }
  // A connection closed before the end would otherwise pass for a short body.
  if (!response.complete) throw readErrors.unreachable(host, new Error('connection closed before the end'));
  return Buffer.concat(chunks);
}

function contentTypeOf(header: string | undefined) {
  const [type = '', ...parameters] = (header ?? '').split(';');
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((value) => value !== undefined);
  return { contentType: type.trim().toLowerCase(), charset: charset ?? null };
}

/**
 * GETs an http(s) URL on the public internet (see the top of this file for the rules). Throws a
 * WebReadError: bad_url, unreachable, timeout, too_large, refused_address, too_many_redirects,
 * bad_status.
 */
export async function fetchPublic(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const allowed = new Set((options.allowHosts ?? []).map(normalisedHost).filter(Boolean));
  const accept = options.accept ?? '*/*';
  let current = httpUrl(url);
  let host = normalisedHost(current.hostname);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const expired = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(readErrors.timeout(host, timeoutMs)), {
      once: true,
    });
  });
  // Only awaited in a race: a rejection after the read has finished is not an unhandled one.
  expired.catch(() => {});
  try {
    for (let redirects = 0; ; redirects += 1) {
      // The system resolver cannot be cancelled: the race gives up waiting for it at the deadline.
      const addresses = await Promise.race([resolveHop(current, allowed), expired]);
      const response = await send(current, addresses, controller.signal, accept);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy();
        if (redirects >= MAX_REDIRECTS) throw readErrors.tooManyRedirects(host, MAX_REDIRECTS);
        current = httpUrl(location, current);
        host = normalisedHost(current.hostname);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw readErrors.badStatus(host, status);
      }
      const body = await readBody(response, maxBytes, host);
      return { url: current.href, status, ...contentTypeOf(response.headers['content-type']), body };
    }
  } catch (error) {
    if (controller.signal.aborted) throw readErrors.timeout(host, timeoutMs);
    if (error instanceof WebReadError) throw error;
    throw readErrors.unreachable(host, error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The blob storage side of artifacts, as GitHub's Azure storage answers the two clients that use it: the
 * Azure SDK that @actions/artifact uploads with (Put Block, then Put Block List, on a signed URL) and the plain
 * GET it downloads with. Errors are Azure's: an XML body and `x-ms-error-code`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendFileBytes } from './blob-stream.js';
import type { FaultQueue } from './faults.js';
import type { UrlSigner } from './signed-urls.js';
import { BlobError, type ArtifactStore, type StoredArtifact } from './store.js';

/** Where blobs live: account `results`, container `actions-results`, as the storage SDK parses an IP host's URL. */
export const BLOB_PREFIX = '/results/actions-results/';

/** The path of an artifact's blob. */
export function blobPathOf(artifact: StoredArtifact): string {
  return `${BLOB_PREFIX}${artifact.id}.zip`;
}

/** What the blob handler needs. */
export interface BlobContext {
  store: ArtifactStore;
  signer: UrlSigner;
  faults: FaultQueue;
  now(): number;
}

const AZURE_MESSAGES: Record<string, string> = {
  AuthenticationFailed:
    'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
  BlobNotFound: 'The specified blob does not exist.',
  InvalidBlockList: 'The specified block list is invalid.',
  InvalidQueryParameterValue:
    'Value for one of the query parameters specified in the request URI is invalid.',
  UnsupportedHttpVerb: "The resource doesn't support specified Http Verb.",
  ServerBusy: 'The server is currently unable to receive requests. Please retry your request.',
};

function azureHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-11-04', date: new Date().toUTCString() };
}

/** An Azure storage error answer. */
function azureError(response: ServerResponse, status: number, code: string, detail = ''): number {
  const message = `${AZURE_MESSAGES[code] ?? code}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}`;
  const extra = detail ? `<AuthenticationErrorDetail>${detail}</AuthenticationErrorDetail>` : '';
  const body = `\ufeff<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message>${extra}</Error>`;
  response.writeHead(status, {
    ...azureHeaders(),
    'content-type': 'application/xml',
    'x-ms-error-code': code,
  });
  response.end(body);
  return status;
}

/** The artifact a blob path names, or undefined. */
function artifactAt(url: URL, store: ArtifactStore): StoredArtifact | undefined {
  const match = /^(\d+)\.zip$/.exec(url.pathname.slice(BLOB_PREFIX.length));
  return match ? store.get(Number(match[1])) : undefined;
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The block ids of a Put Block List body, in order (Latest, Committed and Uncommitted alike). */
export function blockListIds(xml: string): string[] {
  return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2] as string);
}

async function upload(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  artifact: StoredArtifact,
  store: ArtifactStore,
): Promise<number> {
  const comp = url.searchParams.get('comp');
  if (comp === 'block') {
    const blockId = url.searchParams.get('blockid');
    if (!blockId) return azureError(response, 400, 'InvalidQueryParameterValue');
    await store.putBlock(artifact, blockId, request);
    response.writeHead(201, { ...azureHeaders(), 'x-ms-request-server-encrypted': 'true' });
    response.end();
    return 201;
  }
  if (comp === 'blocklist') {
    try {
      await store.commitBlocks(artifact, blockListIds(await readText(request)));
    } catch (error) {
      if (error instanceof BlobError) return azureError(response, 400, 'InvalidBlockList');
      throw error;
    }
    const etag = `"0x${artifact.id.toString(16).toUpperCase()}${Date.now().toString(16).toUpperCase()}"`;
    response.writeHead(201, {
      ...azureHeaders(),
      etag,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
    });
    response.end();
    return 201;
  }
  return azureError(response, 400, 'InvalidQueryParameterValue');
}

/** Sends the blob, or part of it and then drops the connection when a `cut` fault is waiting. */
async function download(
  response: ServerResponse,
  artifact: StoredArtifact,
  context: BlobContext,
): Promise<number> {
  const fault = context.faults.nextDownload();
  if (fault?.kind === 'status') return azureError(response, fault.status, 'ServerBusy');
  const path = context.store.blobPath(artifact);
  response.writeHead(200, {
    ...azureHeaders(),
    'content-type': artifact.mimeType,
    'content-length': String(artifact.size),
    'content-disposition': `attachment; filename="${encodeURIComponent(artifact.name)}.zip"; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
    'last-modified': new Date(artifact.createdAt).toUTCString(),
    'x-ms-blob-type': 'BlockBlob',
  });
  if (fault?.kind === 'cut') {
    await sendFileBytes(response, path, Math.min(fault.afterBytes, artifact.size));
    response.socket?.destroy();
    return 200;
  }
  await sendFileBytes(response, path, artifact.size);
  response.end();
  return 200;
}

/** Answers one request under BLOB_PREFIX; resolves with the status sent. */
export async function handleBlob(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: BlobContext,
): Promise<number> {
  const permission = request.method === 'GET' ? 'r' : 'cw';
  if (request.method !== 'GET' && request.method !== 'PUT')
    return azureError(response, 405, 'UnsupportedHttpVerb');
  const check = context.signer.check(url, permission, context.now());
  if (check !== 'ok') {
    const detail = check === 'expired' ? 'Signed expiry time has passed' : 'Signature did not match';
    return azureError(response, 403, 'AuthenticationFailed', detail);
  }
  const artifact = artifactAt(url, context.store);
  if (permission === 'r') {
    if (!artifact || artifact.state !== 'finalized') return azureError(response, 404, 'BlobNotFound');
    return download(response, artifact, context);
  }
  // A finalized artifact is immutable: its upload URL no longer writes.
  if (!artifact || artifact.state === 'finalized')
    return azureError(response, 403, 'AuthenticationFailed', 'The blob can no longer be written');
  return upload(request, response, url, artifact, context.store);
}

/** An upload that sends its headers, its fields and the start of its file, then goes quiet (or trickles). */
import { connect, type Socket } from 'node:net';

/** A stalled upload's connection and what came back on it. */
export interface StalledUpload {
  socket: Socket;
  /** The status line's code once an answer arrived (null until then). */
  status(): number | null;
  /** Everything received so far. */
  received(): string;
  /** Resolves once the connection is closed (by either side). */
  closed: Promise<void>;
  /** Sends one more byte of the file (a trickle keeps the connection from being idle). */
  trickle(): void;
}

/** Opens an upload to `url` claiming a 100 MiB file, sending `fileBytes` of it; then nothing. */
export function stalledUpload(
  url: string,
  options: { fileBytes: number; password?: string },
): Promise<StalledUpload> {
  const target = new URL(url);
  const boundary = 'stalledboundary';
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name=":action"\r\n\r\nfile_upload\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="protocol_version"\r\n\r\n1\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="stalled-1.0-py3-none-any.whl"\r\n` +
    'Content-Type: application/octet-stream\r\n\r\n';
  const auth =
    options.password === undefined
      ? ''
      : `Authorization: Basic ${Buffer.from(`__token__:${options.password}`).toString('base64')}\r\n`;
  const request =
    `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\n` +
    `Content-Type: multipart/form-data; boundary=${boundary}\r\n` +
    `Content-Length: ${head.length + 100 * 1024 * 1024}\r\n${auth}\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      socket.write(request);
      socket.write(head);
      socket.write(Buffer.alloc(options.fileBytes, 0x61));
      resolve({
        socket,
        status: () => {
          const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
          return match ? Number(match[1]) : null;
        },
        received: () => text,
        closed,
        trickle: () => {
          if (!socket.destroyed) socket.write('a');
        },
      });
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

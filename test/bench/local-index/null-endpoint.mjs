// The benchmark's limit: node's own http server discarding every byte it receives, in a process of its own
// so that its peak memory can be read too (what receiving 1 GiB costs node before the index does anything).
// Prints its URL, then serves until killed.
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => res.end('OK'));
});
server.requestTimeout = 0;
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/`));

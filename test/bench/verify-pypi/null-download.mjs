// The floor of the big-file memory measurement: node's own http downloading the same file and discarding it.
// Node copies every socket read into a fresh buffer that lives until a collection, and glibc keeps freed
// memory resident, so this alone peaks far above node's idle size (about 85 MiB under Node 20, 150 under
// Node 24 here, for 512 MiB), before anything is hashed. Usage: node null-download.mjs URL
import http from 'node:http';

const url = process.argv[2];
await new Promise((resolve, reject) =>
  http
    .get(url, { headers: { 'Accept-Encoding': 'identity' } }, (res) => {
      res.on('data', () => {});
      res.on('end', resolve);
    })
    .on('error', reject),
);

// Regenerates the inputs/outputs tables of every actions/<name>/README.md from its action.yml,
// so the documentation cannot drift from what the runner actually accepts.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const cell = (text) =>
  String(text)
    .trim()
    .replace(/\r?\n\s*/g, ' ')
    .replace(/\|/g, '\\|');

export function inputsTable(inputs = {}) {
  const rows = Object.entries(inputs).map(([name, field]) => {
    const fallback = field.default === undefined || field.default === '' ? '' : `\`${cell(field.default)}\``;
    return `| \`${name}\` | ${field.required ? 'yes' : 'no'} | ${fallback} | ${cell(field.description)} |`;
  });
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(outputs = {}) {
  const rows = Object.entries(outputs).map(([name, field]) => `| \`${name}\` | ${cell(field.description)} |`);
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBlock(text, marker, body, file) {
  const start = `<!-- ${marker}:start (generated from action.yml by npm run build) -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: add the markers "${start}" and "${end}"`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export async function writeActionDocs(actionsRoot, names) {
  for (const name of names ?? (await readdir(actionsRoot))) {
    const readme = join(actionsRoot, name, 'README.md');
    const current = await readFile(readme, 'utf8').catch(() => null);
    if (current === null) throw new Error(`${readme} is missing: every action documents itself for users`);
    const metadata = parse(await readFile(join(actionsRoot, name, 'action.yml'), 'utf8'));
    const withInputs = replaceBlock(current, 'inputs', inputsTable(metadata.inputs), readme);
    const generated = replaceBlock(withInputs, 'outputs', outputsTable(metadata.outputs), readme);
    // Formatted as `npm run lint` wants it, so the build's output passes prettier --check.
    const options = { ...(await resolveConfig(readme)), filepath: readme };
    await writeFile(readme, await format(generated, options));
  }
}

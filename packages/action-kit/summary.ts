import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { redact } from './secrets.js';

/** A table cell: plain text (escaped), or `{ html }` for markup the caller built and escaped. */
export type Cell = string | number | boolean | { html: string };

/** Escapes text for the HTML the job summary renders. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellHtml(cell: Cell): string {
  return typeof cell === 'object' ? cell.html : escapeHtml(String(cell));
}

/** Builds a job summary in memory; `write()` appends it to `GITHUB_STEP_SUMMARY`. */
export class Summary {
  private readonly parts: string[] = [];

  /** A heading, level 2 by default (the step title is level 1 in the UI already). */
  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`<h${level}>${escapeHtml(text)}</h${level}>`);
    return this;
  }

  /** A paragraph of plain text. */
  paragraph(text: string): this {
    this.parts.push(`<p>${escapeHtml(text)}</p>`);
    return this;
  }

  /** A table with a header row, or none when `header` is null (a list of facts). */
  table(header: Cell[] | null, rows: Cell[][]): this {
    const head = header ? `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join('')}</tr>` : '';
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`);
    this.parts.push(`<table>${head}${body.join('')}</table>`);
    return this;
  }

  /** A bulleted list of plain-text items. */
  list(items: string[]): this {
    if (items.length > 0)
      this.parts.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    return this;
  }

  /** A block of preformatted text. */
  code(text: string, language = ''): this {
    this.parts.push(`${EOL}\`\`\`${language}${EOL}${text}${EOL}\`\`\`${EOL}`);
    return this;
  }

  /** A collapsed section with a plain-text label. */
  details(label: string, html: string): this {
    this.parts.push(`<details><summary>${escapeHtml(label)}</summary>${html}</details>`);
    return this;
  }

  /** Markdown or HTML the caller vouches for. */
  raw(markup: string): this {
    this.parts.push(markup);
    return this;
  }

  /** The summary as it will be written. */
  toString(): string {
    return redact(this.parts.join(EOL));
  }

  /** Appends the summary to the step summary file; a no-op outside a runner. */
  write(): void {
    const path = process.env['GITHUB_STEP_SUMMARY'];
    if (!path) return;
    appendFileSync(path, `${this.toString()}${EOL}`, { encoding: 'utf8' });
  }
}

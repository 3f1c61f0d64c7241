/**
 * HTML for printed documents, built from strings. Every interpolated value is escaped unless it is
 * itself built with `html` (or marked with `trusted`), so a visitor's name can never become markup.
 */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A value the template may print: text is escaped, null/undefined/false print nothing, lists are joined. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** The tagged template: html`<td>${visitor}</td>`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup the program wrote itself (a stylesheet), never user text. */
export const trusted = (text: string): SafeHtml => new SafeHtml(text);

/** A CSS string literal, for `content:` in @page margin boxes. */
export function cssString(text: string): string {
  // `<` as an escape so an office named "</style>" cannot end the stylesheet it is printed from.
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/</g, '\\3c ')
    .replace(/[\n\r]/g, ' ')}"`;
}

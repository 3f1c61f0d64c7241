import { describe, expect, it } from 'vitest';
import { html } from '../../electron/documents/html';
import { page } from '../../electron/documents/page';
import { systemBoldAs } from '../../electron/services/pdf-printer';

const doc = page({ title: '登记表', orientation: 'portrait', body: html`<h1>来访客户登记表</h1>`, footer: '案场' });

describe('bold on paper', () => {
  it('strikes bold twice in the regular face on Linux, and takes the bold face elsewhere', () => {
    expect(systemBoldAs('linux')).toBe('struck');
    expect(systemBoldAs('win32')).toBe('face');
    expect(systemBoldAs('darwin')).toBe('face');
  });

  it('gives the struck PDF a bold weight made of the regular faces, and the second strike', () => {
    const boldFaces = (text: string) =>
      [...text.matchAll(/@font-face \{ font-family: "Document Sans"; font-weight: 700;\s+src: ([^;]+);/g)].map(
        (m) => m[1],
      );
    expect(boldFaces(doc.pdfHtml)).toEqual([expect.stringContaining('local("Microsoft YaHei Bold")')]);
    expect(boldFaces(doc.pdfHtmlStruckBold).at(-1)).toContain('local("WenQuanYi Micro Hei")');
    expect(boldFaces(doc.pdfHtmlStruckBold).at(-1)).not.toContain('Bold');
    expect(doc.pdfHtmlStruckBold).toContain('--struck-bold: 0.035em 0 0 currentColor');
    expect(doc.pdfHtml).not.toContain('--struck-bold:');
  });

  it('sets every heading of the page frame with the one bold rule, which strikes twice when asked', () => {
    expect(doc.pdfHtml).toMatch(/h1, h2, h3 \{ font-weight: 700; text-shadow: var\(--struck-bold, none\);/);
    expect(doc.pdfHtml).toMatch(/th \{ font-weight: 700; text-shadow: var\(--struck-bold, none\);/);
  });
});

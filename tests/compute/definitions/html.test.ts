import {describe, expect, it} from 'vitest';
import {definitionToHtml} from '../../../src/compute/definitions/html';
import {parseDefinition} from '../../../src/compute/definitions/parse';

const html = (definition: string, footnotes: Record<string, string> = {}) =>
  definitionToHtml(parseDefinition({id: 'x', title: 'X', permalink: '/kpis/a/x', definition, footnotes}));

describe('definitionToHtml', () => {
  it('renders inline Markdown and numbered footnotes', () => {
    const output = html('Median of *days* in `done`.[^board]', {board: 'From the [board](https://example.org).'});
    expect(output).toContain('<p>Median of <em>days</em> in <code>done</code>.<sup><a href="#kpi-definition-fn-board"');
    expect(output).toContain('<section data-footnotes class="footnotes">');
    expect(output).toContain('From the <a href="https://example.org">board</a>.');
  });

  it('renders lists and tables of a longer definition', () => {
    const output = html(
      'Counted:\n\n- offers [accepted](https://example.org/a)\n- start dates\n\n| stage | counted |\n| --- | --- |\n| offer | yes |',
    );
    expect(output).toContain('<p>Counted:</p>');
    expect(output).toMatch(/<ul>\s*<li>offers <a href="https:\/\/example.org\/a">accepted<\/a><\/li>\s*<li>start dates<\/li>\s*<\/ul>/);
    expect(output).toMatch(/<table>[\s\S]*<th>stage<\/th>[\s\S]*<td>yes<\/td>[\s\S]*<\/table>/);
  });

  it('escapes HTML from the data', () => {
    const output = html('A <script>alert(1)</script> and <b onclick="x()">b</b>.');
    expect(output).not.toContain('<script>');
    expect(output).not.toContain('<b ');
    expect(output).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});

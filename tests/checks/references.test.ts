import {describe, expect, it} from 'vitest';
import {findBacklinks, findHomePages, findPageLinks} from '../../src/checks/references';
import type {KpiDirectiveUse, SourcePage} from '../../src/checks/scan';

const page = (permalink: string, kind: SourcePage['kind']): SourcePage => ({
  filePath: `/site${permalink}.md`,
  file: `${permalink.slice(1)}.md`,
  permalink,
  title: permalink,
  kind,
});
const use = (target: string, at: SourcePage, kind: KpiDirectiveUse['kind'] = 'card'): KpiDirectiveUse => ({
  page: at,
  kind,
  target,
  line: 1,
  column: 1,
});

describe('findHomePages', () => {
  it('prefers docs over pages over blog posts, whatever the order they were found in', () => {
    const uses = [use('a', page('/blog/post', 'blog')), use('a', page('/status', 'pages')), use('a', page('/docs/long/path', 'docs'))];
    expect(findHomePages(uses).get('a')!.permalink).toBe('/docs/long/path');
    expect(findHomePages([...uses].reverse()).get('a')!.permalink).toBe('/docs/long/path');
  });

  it('then the shortest permalink, then alphabetical order', () => {
    const uses = [use('a', page('/docs/b/deep', 'docs')), use('a', page('/docs/zz', 'docs')), use('a', page('/docs/aa', 'docs'))];
    expect(findHomePages(uses).get('a')!.permalink).toBe('/docs/aa');
  });

  it('does not count compact cards, which summarise a KPI elsewhere', () => {
    const uses = [{...use('a', page('/docs/o', 'docs')), compact: true}, use('a', page('/docs/area/kpis', 'docs'))];
    expect(findHomePages(uses).get('a')!.permalink).toBe('/docs/area/kpis');
    expect(findHomePages(uses.slice(0, 1)).has('a')).toBe(false);
  });

  it('only counts cards, never references or indexes', () => {
    const uses = [use('a', page('/docs/ref', 'docs'), 'reference'), use('a', page('/docs/index', 'docs'), 'index')];
    expect(findHomePages(uses).has('a')).toBe(false);
  });
});

describe('findBacklinks', () => {
  it('lists each citing page once, in permalink order, without the home page', () => {
    const home = page('/docs/home', 'docs');
    const uses = [
      use('a', home),
      use('a', page('/docs/z/deeper', 'docs'), 'reference'),
      use('a', page('/blog/b', 'blog'), 'reference'),
      use('a', page('/docs/z/deeper', 'docs')),
    ];
    const backlinks = findBacklinks(uses, findHomePages(uses));
    expect(backlinks.get('a')!.map((p) => p.permalink)).toEqual(['/blog/b', '/docs/z/deeper']);
    expect(findPageLinks(uses).backlinks).toEqual(backlinks);
  });
});

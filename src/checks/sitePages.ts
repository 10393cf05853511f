import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {AllContent, DocusaurusConfig} from '@docusaurus/types';
import {aliasedSitePathToRelativePath, posixPath} from '@docusaurus/utils';
import type {SourcePage} from './scan';

interface DocsContent {
  loadedVersions: {docs: {source: string; permalink: string; title: string}[]}[];
}
interface BlogContent {
  blogPosts: {metadata: {source: string; permalink: string; title: string}}[];
}
type PagesContent = {type: 'jsx' | 'mdx'; source: string; permalink: string; title?: string}[];

/**
 * Every Markdown page of every docs (all versions), blog and pages instance,
 * from the content other plugins loaded. Content is already localized.
 */
export function collectSourcePages(allContent: AllContent, siteDir: string): SourcePage[] {
  const pages: SourcePage[] = [];
  const add = (source: string, permalink: string, title: string, kind: SourcePage['kind']) => {
    const file = posixPath(aliasedSitePathToRelativePath(source));
    pages.push({filePath: path.resolve(siteDir, file), file, permalink, title, kind});
  };
  for (const content of instances<DocsContent>(allContent, 'docusaurus-plugin-content-docs')) {
    for (const version of content.loadedVersions) {
      for (const doc of version.docs) add(doc.source, doc.permalink, doc.title, 'docs');
    }
  }
  for (const content of instances<BlogContent>(allContent, 'docusaurus-plugin-content-blog')) {
    for (const post of content.blogPosts) add(post.metadata.source, post.metadata.permalink, post.metadata.title, 'blog');
  }
  for (const content of instances<PagesContent>(allContent, 'docusaurus-plugin-content-pages')) {
    for (const page of content) {
      if (page.type === 'mdx') add(page.source, page.permalink, page.title ?? page.permalink, 'pages');
    }
  }
  return pages;
}

function instances<T>(allContent: AllContent, pluginName: string): T[] {
  return Object.values(allContent[pluginName] ?? {}).filter(Boolean) as T[];
}

const PAGE_EXTENSIONS = new Set(['.md', '.mdx']);

/** Folders Docusaurus compiles Markdown from, by default and as the classic preset or content plugins configure them. */
export function contentFolders(siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>): {dir: string; kind: SourcePage['kind']}[] {
  const folders = new Map<string, SourcePage['kind']>([
    ['docs', 'docs'],
    ['versioned_docs', 'docs'],
    ['blog', 'blog'],
    ['src/pages', 'pages'],
    ['i18n', 'docs'],
  ]);
  const kinds = {docs: 'docs', blog: 'blog', pages: 'pages'} as const;
  for (const preset of siteConfig.presets ?? []) {
    if (!Array.isArray(preset) || typeof preset[0] !== 'string' || !preset[0].includes('classic')) continue;
    for (const key of ['docs', 'blog', 'pages'] as const) {
      const configured = (preset[1] as Record<string, unknown>)[key] as {path?: unknown} | false | undefined;
      if (configured && typeof configured.path === 'string') folders.set(posixPath(configured.path), kinds[key]);
    }
  }
  for (const plugin of siteConfig.plugins ?? []) {
    if (!Array.isArray(plugin) || typeof plugin[0] !== 'string') continue;
    const kind = /content-(docs|blog|pages)/.exec(plugin[0])?.[1] as SourcePage['kind'] | undefined;
    const configured = (plugin[1] as {path?: unknown} | undefined)?.path;
    if (kind && typeof configured === 'string') folders.set(posixPath(configured), kind);
  }
  return [...folders].map(([dir, kind]) => ({dir, kind}));
}

/**
 * The Markdown files of the site, found on disk: without a build, the content
 * plugins never list them. Files and folders Docusaurus ignores by default
 * (`_` prefixed, `__tests__`, dot files, `node_modules`) are skipped. Titles
 * (filled in by `readSitePages`, which reads the files) come from front matter or
 * the first heading; the permalink is the file's path,
 * since routes are only known after a build.
 */
export async function findSitePages(siteDir: string, siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>): Promise<SourcePage[]> {
  const seen = new Set<string>();
  const pages: SourcePage[] = [];
  for (const {dir, kind} of contentFolders(siteConfig)) {
    for (const filePath of await markdownFiles(path.resolve(siteDir, dir))) {
      if (seen.has(filePath)) continue;
      seen.add(filePath);
      const file = posixPath(path.relative(siteDir, filePath));
      pages.push({filePath, file, permalink: `/${file}`, title: '', kind: dir === 'i18n' ? i18nKind(file) : kind});
    }
  }
  return pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `title` from front matter, else the first `#` heading, else the file name. */
export function pageTitle(text: string, file: string): string {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const fromFrontMatter = frontMatter && /^title:\s*(.+?)\s*$/m.exec(frontMatter)?.[1];
  if (fromFrontMatter) return fromFrontMatter.replace(/^(['"])(.*)\1$/, '$2');
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
  return heading ?? path.posix.basename(file, path.posix.extname(file));
}

function i18nKind(file: string): SourcePage['kind'] {
  if (file.includes('/docusaurus-plugin-content-blog')) return 'blog';
  if (file.includes('/docusaurus-plugin-content-pages')) return 'pages';
  return 'docs';
}

async function markdownFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, {withFileTypes: true});
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      if (/^[._]/.test(entry.name) || entry.name === 'node_modules' || entry.name === '__tests__') return [];
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.isFile() && PAGE_EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
    }),
  );
  return nested.flat();
}

/** The site's Markdown pages found on disk, read, with their titles filled in: for `kpi:check`, which does not build. */
export async function readSitePages(
  siteDir: string,
  siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>,
): Promise<{page: SourcePage; text: string}[]> {
  const pages = await findSitePages(siteDir, siteConfig);
  return Promise.all(
    pages.map(async (page) => {
      const text = await readFile(page.filePath, 'utf8');
      page.title = pageTitle(text, page.file);
      return {page, text};
    }),
  );
}

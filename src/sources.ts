import path from 'node:path';
import type {AllContent} from '@docusaurus/types';
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

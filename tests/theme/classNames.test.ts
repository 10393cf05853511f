import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * The components Markdown pages render use plain, global class names (no CSS
 * module class map in every page's JavaScript). Global names must not collide
 * with the site's or each other's: each stylesheet defines only classes of its
 * own block, `kpi-<component>`.
 */
const BLOCKS = {
  KpiCard: 'kpi-card',
  KpiStatus: 'kpi-status',
  KpiChange: 'kpi-change',
  KpiSparkline: 'kpi-sparkline',
  KpiReference: 'kpi-reference',
  KpiDefinition: 'kpi-definition',
  KpiIndex: 'kpi-index',
};

const themeDir = path.resolve(__dirname, '../../src/theme');
const read = (component: string, file: string) => readFileSync(path.join(themeDir, component, file), 'utf8');
// A component and its parts (`KpiCard/Header/index.tsx`, …): they share the component's stylesheet.
const readSources = (component: string) =>
  readdirSync(path.join(themeDir, component), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => read(component, file))
    .join('\n');

function definedClasses(css: string): string[] {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, ' ');
  return [...new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!))];
}

describe.each(Object.entries(BLOCKS))('%s stylesheet', (component, block) => {
  const classes = definedClasses(read(component, 'styles.css'));
  const source = readSources(component);

  it('defines classes of its own block only', () => {
    expect(classes.length).toBeGreaterThan(0);
    for (const name of classes) expect(name === block || name.startsWith(`${block}__`) || name.startsWith(`${block}--`), name).toBe(true);
  });

  it('defines only classes its component renders', () => {
    // A modifier may be built from a value: `kpi-change--${change.sentiment}`.
    const templates = [...source.matchAll(/([\w-]+--)\$\{/g)].map((match) => match[1]!);
    for (const name of classes) {
      expect(source.includes(name) || templates.some((prefix) => name.startsWith(prefix)), name).toBe(true);
    }
  });
});

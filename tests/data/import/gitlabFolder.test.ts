import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readGitlabFolder} from '../../../src/data/import/gitlabFolder';
import {KpiUserError, type Problem, formatProblem} from '../../../src/shared/errors';
import {lines, writeSite} from '../tempSite';

/** The problems reading `files` (in a folder `pi/`) reports. */
async function problemsOf(files: Record<string, string>): Promise<Problem[]> {
  const dir = await writeSite(Object.fromEntries(Object.entries(files).map(([name, text]) => [`pi/${name}`, text])));
  try {
    await readGitlabFolder(join(dir, 'pi'), 'pi');
  } catch (error) {
    if (error instanceof KpiUserError) return error.problems;
    throw error;
  }
  throw new Error('no problem reported');
}

describe('readGitlabFolder', () => {
  it('reads every indicator of every YAML file, in file name order, with where each is written', async () => {
    const dir = await writeSite({
      'pi/b.yml': lines('- name: Second', '  org: Ops', '  telemetry_type: Snowplow'),
      'pi/a.yaml': lines('# comment', '- name: First', '  org: Ops', '  health: {level: okay, reasons: [Fine]}'),
      'pi/notes.txt': 'not read',
    });
    const read = await readGitlabFolder(join(dir, 'pi'), 'pi');
    expect(read.map((one) => [one.fields.name, one.source, one.otherFields])).toEqual([
      ['First', {file: 'pi/a.yaml', line: 2, column: 3}, []],
      ['Second', {file: 'pi/b.yml', line: 1, column: 3}, ['telemetry_type']],
    ]);
    expect(read[0]!.fields.health).toEqual({level: 3, reasons: ['Fine']});
  });

  it('reports a YAML syntax error at its line and column, and nothing is read', async () => {
    // HTML with a colon and a space in an unquoted value: a common mistake in such files.
    const problems = await problemsOf({
      'eng.yml': lines(
        '- name: MR Rate',
        '  org: Engineering',
        '  definition: See <a href="https://example.org">the rate</a>: monthly.',
        '- name: Other',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'pi/eng.yml', line: 3});
    expect(problems[0]!.column).toBeGreaterThan(2);
    expect(formatProblem(problems[0]!)).toMatch(
      /^pi\/eng.yml:3:\d+: invalid YAML: .*\n {2}hint: check the indentation and quotes on this line and the one before$/,
    );
  });

  it('reports wrong fields at their place, with what was expected and a hint', async () => {
    const problems = await problemsOf({
      'eng.yml': lines(
        '- name: MR Rate',
        '  org: Engineering',
        '  is_key: yes please',
        '  health:',
        '    level: "2"',
        '- org: People',
        '  urls: https://example.org',
      ),
    });
    expect(problems.map(formatProblem)).toEqual([
      'pi/eng.yml:3:11: `is_key` must be true or false, not "yes please"\n  expected: true or false',
      'pi/eng.yml:5:12: unknown health level "2"\n  expected: 0 (unknown), 1 (problem), 2 (attention) or 3 (okay)\n  hint: remove the quotes: 2',
      'pi/eng.yml:6:3: missing `name`\n  expected: the indicator\'s name, like "Merge request rate"',
      'pi/eng.yml:7:9: `urls` must be a list, not "https://example.org"\n  expected: a list of links',
    ]);
  });

  it('reports problems of every file together', async () => {
    const problems = await problemsOf({'a.yml': lines('- name: A'), 'b.yml': lines('name: B', 'org: C')});
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)).toEqual([
      'pi/a.yml:1: missing `org`',
      'pi/b.yml:1: a file to import must be a list, not a mapping',
    ]);
  });

  it('says what to pass when the folder is missing, a file, or holds no YAML', async () => {
    const dir = await writeSite({'pi/readme.md': '# none', 'one.yml': lines('- name: A', '  org: B')});
    const problemOf = async (folder: string) => {
      const error = await readGitlabFolder(join(dir, folder), folder).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KpiUserError);
      return formatProblem((error as KpiUserError).problems[0]!);
    };
    expect(await problemOf('missing')).toContain('missing: the folder missing does not exist');
    expect(await problemOf('one.yml')).toContain('hint: pass the folder that holds it: .');
    expect(await problemOf('pi')).toContain(
      'pi holds no .yml or .yaml file\n  expected: a folder of performance-indicator YAML files, like data/performance_indicators',
    );
  });
});

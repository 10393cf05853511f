import {describe, expect, it} from 'vitest';
import * as plugin from '../src/index';
import * as vocabulary from '../src/shared/vocabulary';

describe('the public modules', () => {
  it('export the plugin, the remark transform, option validation and the swizzle config, and nothing else at run time', () => {
    expect(Object.keys(plugin).sort()).toEqual(['default', 'getSwizzleConfig', 'remarkKpi', 'validateOptions']);
  });

  it('export the vocabulary as plain arrays of names', () => {
    for (const [name, value] of Object.entries(vocabulary)) {
      if (typeof value === 'function') continue;
      expect(Array.isArray(value) || typeof value === 'object', name).toBe(true);
    }
    expect(vocabulary.STATUS_LEVELS).toContain('on-track');
  });
});

import { describe, expect, it } from 'vitest';
import { joinBase, lessonPath, modulePath } from '../../src/lib/paths';

describe('joinBase', () => {
  it('works at the site root and under a sub-path', () => {
    expect(joinBase('/', 'talo/')).toBe('/talo/');
    expect(joinBase('/koulutus/osallisuus/', 'talo/')).toBe('/koulutus/osallisuus/talo/');
    expect(joinBase('/koulutus/osallisuus', '/talo/')).toBe('/koulutus/osallisuus/talo/');
    expect(joinBase('/koulutus/osallisuus/')).toBe('/koulutus/osallisuus/');
  });
});

describe('page paths', () => {
  it('builds lesson and module paths from stable ids', () => {
    expect(lessonPath({ module: 'talo', id: 'talon-rakenne' })).toBe('talo/talon-rakenne/');
    expect(modulePath('talo')).toBe('talo/');
  });
});

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { normaliseBase } from '../../../src/content/base.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

describe('the GitHub Pages workflow', () => {
  const workflow = parseYaml(read('.github/workflows/deploy.yml')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = workflow.jobs.build!.steps;
  const build = steps.find((step) => step.run === 'npm run build')!;

  test('is valid YAML with a build and a deploy job', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['build', 'deploy']);
    expect(steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'))).toBeLessThan(steps.indexOf(build));
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });

  test('builds with the origin and base path that configure-pages reports', () => {
    const pagesId = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!.id;
    expect(build.env).toEqual({
      SITE_URL: `\${{ steps.${pagesId}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pagesId}.outputs.base_path }}/`,
    });
  });

  test.each([
    ['', '/'],
    ['/repo', '/repo/'],
  ])('base_path %j (a user or project site; configure-pages drops the trailing slash) becomes the base %s', (basePath, base) => {
    const expanded = build.env!.BASE_PATH!.replace(/\$\{\{[^}]*\}\}/, basePath);
    expect(normaliseBase(expanded)).toBe(base);
  });

  test('uses the Node version the project runs on', () => {
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!;
    expect(String(setupNode.with?.['node-version'])).toBe('24');
  });
});

describe('netlify.toml', () => {
  const toml = read('netlify.toml');
  test('builds with npm run build on Node 24 and publishes dist', () => {
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*NODE_VERSION = "24"$/m);
  });
});

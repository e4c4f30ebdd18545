import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../../paths.ts';
import { bannerText } from '../files.ts';

/** The site's templates: templates/docs/<name>.hbs, with layout.hbs as the frame every page is drawn in. */
export function docsTemplateDir(): string {
  return join(packageRoot(), 'templates', 'docs');
}

let env: { page: (name: string, view: object) => string } | undefined;

/**
 * A Handlebars environment of the site's own (no global helpers or partials), strict (a field the view model lacks
 * fails loudly) and with only the built-in helpers. Every {{ }} is escaped for HTML: the one place spec text is
 * escaped for this target; the templates never use {{{ }}}.
 */
export function renderPage(name: string, view: object): string {
  if (!env) {
    const hb = Handlebars.create();
    const read = (file: string) => readFileSync(join(docsTemplateDir(), `${file}.hbs`), 'utf8');
    hb.registerPartial('layout', read('layout'));
    // The FHIR mapping's table, on each class page and on the FHIR page.
    hb.registerPartial('fhir-table', read('fhir-table'));
    // One SVG diagram of the model (the overview, and each group's).
    hb.registerPartial('diagram', read('diagram'));
    const cache = new Map<string, Handlebars.TemplateDelegate>();
    env = {
      page: (page, data) => {
        let t = cache.get(page);
        if (!t) cache.set(page, (t = hb.compile(read(page), { strict: true, knownHelpersOnly: true })));
        return t(data);
      },
    };
  }
  const html = env.page(name, view).replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimStart();
  return html.endsWith('\n') ? html : `${html}\n`;
}

export function readAsset(name: string): string {
  return readFileSync(join(docsTemplateDir(), 'assets', name), 'utf8');
}

/**
 * MiniSearch's browser build (UMD: it sets window.MiniSearch), as the installed package ships it, for the site's
 * fuzzy search; copied at generation, so the site fetches nothing. Its source-map comment is dropped (the map is not
 * copied) and its licence is named at the top.
 */
export function miniSearchAsset(): string {
  const require = createRequire(import.meta.url);
  // Its exports map hides package.json: from its main file (dist/cjs/index.cjs) up to the package's folder.
  const dir = join(dirname(require.resolve('minisearch')), '..', '..');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const code = readFileSync(join(dir, 'dist', 'umd', 'index.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return `// ${bannerText}\n/*! MiniSearch ${version}, (c) Luca Ongaro, MIT licence (its LICENSE.txt) */\n${code}`;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../../paths.ts';

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

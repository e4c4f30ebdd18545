import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from './paths.ts';

/**
 * A page template from templates/ (shipped with the package), compiled in an environment of its own (no helpers or
 * partials from elsewhere): strict, so a field the view model lacks fails loudly, and only the built-in helpers.
 * Handlebars escapes every {{ }} for HTML: the one place text is escaped for this target. The result is a function
 * that renders a view model to a page with LF line ends and one final newline.
 */
export function pageTemplate<View>(file: string): (view: View) => string {
  let compiled: Handlebars.TemplateDelegate<View> | undefined;
  return (view) => {
    compiled ??= Handlebars.create().compile<View>(readFileSync(join(packageRoot(), 'templates', file), 'utf8'), { strict: true, knownHelpersOnly: true });
    const html = compiled(view).replace(/\r\n?/g, '\n').trimStart();
    return html.endsWith('\n') ? html : `${html}\n`;
  };
}

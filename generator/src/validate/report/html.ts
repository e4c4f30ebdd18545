import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../../paths.ts';
import type { ValidationResult } from '../result.ts';
import { buildScorecardView, type ScorecardView } from './scorecard-view.ts';

/** The scorecard template, shipped with the package (package.json "files"). */
export function scorecardTemplatePath(): string {
  return join(packageRoot(), 'templates', 'scorecard.hbs');
}

let compiled: Handlebars.TemplateDelegate<ScorecardView> | undefined;

/**
 * Compiled once per process, in an environment of its own (no helpers or partials from elsewhere): strict, so a
 * field the view model lacks fails loudly, and only the built-in helpers (each, if). Handlebars escapes every
 * {{ }} for HTML: the one place text is escaped for this target.
 */
function template(): Handlebars.TemplateDelegate<ScorecardView> {
  compiled ??= Handlebars.create().compile<ScorecardView>(readFileSync(scorecardTemplatePath(), 'utf8'), {
    strict: true,
    knownHelpersOnly: true,
  });
  return compiled;
}

/** The HTML data-quality scorecard: one self-contained page (inline CSS, no scripts, nothing fetched). */
export function renderScorecardHtml(result: ValidationResult): string {
  const html = template()(buildScorecardView(result)).replace(/\r\n?/g, '\n').trimStart();
  return html.endsWith('\n') ? html : `${html}\n`;
}

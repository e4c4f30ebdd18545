import { pageTemplate } from '../../generator/src/kit-pages.ts';
import type { ValidationResult } from '../files/result.ts';
import { conformancePage, type ConformancePage } from './conformance-page.ts';
import type { ReportView } from './conformance-view.ts';
import { buildScorecardView, type ScorecardView } from './scorecard-view.ts';

/**
 * The one HTML writer of the reports: each page is a Handlebars template in templates/, fed a plain view model and
 * rendered by the one page renderer, which escapes every {{ }}: the one place text is escaped for HTML. Both pages
 * are self-contained (inline CSS, no scripts, nothing fetched).
 */
const scorecard = pageTemplate<ScorecardView>('scorecard.hbs');
const conformance = pageTemplate<ConformancePage>('conformance.hbs');

/** The data-quality scorecard of a validate run. */
export function renderScorecardHtml(result: ValidationResult): string {
  return scorecard(buildScorecardView(result));
}

/** The conformance report of a conform run. */
export function renderConformanceHtml(view: ReportView): string {
  return conformance(conformancePage(view));
}

import { pageTemplate } from '../../../generator/src/templates.ts';
import type { ValidationResult } from '../../files/result.ts';
import { buildScorecardView, type ScorecardView } from './scorecard-view.ts';

const scorecard = pageTemplate<ScorecardView>('scorecard.hbs');

/** The HTML data-quality scorecard: one self-contained page (inline CSS, no scripts, nothing fetched). */
export function renderScorecardHtml(result: ValidationResult): string {
  return scorecard(buildScorecardView(result));
}

/**
 * The compiler's API for the kit's HTML reports: the page templates under templates/, compiled by Handlebars (which
 * escapes every value). Apart from kit.ts because it loads Handlebars.
 */

export { pageTemplate } from './templates.ts';

/** A link in a page's view model: where it goes and what it says. */
export interface Link {
  readonly href: string;
  readonly text: string;
}

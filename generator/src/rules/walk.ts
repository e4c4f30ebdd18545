import type { ClassModel, ElementModel, SpecModel } from '../model/types.ts';

export interface OwnElement {
  readonly cls: ClassModel;
  readonly element: ElementModel;
  /** How messages name it: `element "x" of class "y"`. */
  readonly where: string;
}

/** Every element as written in its own class (composed copies are checked where they are written). */
export function* ownElements(model: SpecModel): Generator<OwnElement> {
  for (const cls of model.classes) {
    for (const element of cls.ownElements) yield { cls, element, where: `element "${element.name}" of class "${cls.name}"` };
  }
}

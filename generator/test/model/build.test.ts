import { describe, expect, it } from 'vitest';
import { checkKitchenSink } from '../support/spec-builder.ts';

const model = checkKitchenSink().model!;
const cls = (name: string) => model.classes.find((c) => c.name === name)!;
const names = (name: string) => cls(name).elements.map((e) => e.name);
const origins = (name: string) => cls(name).elements.map((e) => (e.origin.kind === 'own' || e.origin.kind === 'change-log' ? e.origin.kind : `${e.origin.kind}:${e.origin.from}`));

describe('build model: composition', () => {
  it('gives a record the record-wide includes, then its change log, then inherited, included and own elements', () => {
    expect(names('widget')).toEqual([
      'record_uid',
      'version_number',
      'stamped_at',
      'change_log',
      'display_name',
      'when',
      'label',
      'nhs_number',
      'count',
      'ratio',
      'active',
      'born',
      'seen_at',
      'opening_time',
      'shades',
      'size',
      'owner',
      'part',
      'legacy',
    ]);
    expect(origins('widget').slice(0, 6)).toEqual(['record-includes:versioned', 'record-includes:versioned', 'record-includes:stamped', 'change-log', 'inherited:party', 'includes:happening']);
  });

  it('composes the change log once, as a 1..* component of the change-log class', () => {
    const changeLog = cls('widget').elements.filter((e) => e.name === 'change_log');
    expect(changeLog).toHaveLength(1);
    expect(changeLog[0]).toMatchObject({ type: 'component', target: 'audit_entry', cardinality: { min: 1, max: '*' } });
  });

  it('gives components and abstract classes no audit elements', () => {
    expect(names('part')).toEqual(['weight']);
    expect(names('party')).toEqual(['display_name']);
    expect(names('audit_entry')).toEqual(['date', 'who']);
  });

  it('derives cardinality from Occurs, or from the declared cardinality where Occurs is absent', () => {
    const widget = cls('widget');
    const card = (n: string) => widget.elements.find((e) => e.name === n)!.cardinality;
    expect(card('count')).toEqual({ min: 1, max: 1 });
    expect(card('label')).toEqual({ min: 0, max: 1 });
    expect(card('shades')).toEqual({ min: 1, max: '*' });
    expect(card('size')).toEqual({ min: 0, max: '*' });
    expect(card('part')).toEqual({ min: 0, max: '*' });
  });

  it('lists the subtypes of a supertype in spec order', () => {
    expect(cls('party').subtypes).toEqual(['widget', 'gadget']);
  });

  it('fills defaults: element source and since from the class, status active', () => {
    const label = cls('widget').elements.find((e) => e.name === 'label')!;
    expect(label).toMatchObject({ source: 'https://example.org/classes/widget', since: '2.0.0', status: 'active' });
    expect(cls('widget').elements.find((e) => e.name === 'part')!.since).toBe('3.0.0');
  });

  it('keeps the pointer of each element where it was written', () => {
    expect(cls('widget').elements.find((e) => e.name === 'record_uid')!.pointer).toBe('/classes/0/elements/0');
    expect(cls('widget').elements.find((e) => e.name === 'label')!.pointer).toBe('/classes/6/elements/0');
  });
});

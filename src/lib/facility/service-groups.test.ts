import { describe, expect, it } from 'vitest';
import { serviceGroups } from './service-groups';

describe('serviceGroups', () => {
  it('lists terms in taxonomy order with labels and descriptions, skipping empty groups', () => {
    const groups = serviceGroups({
      levelsOfCare: ['residential', 'intensive-outpatient'],
      careFocus: [],
      specialties: ['veterans'],
      ages: [],
      payment: ['medicaid'],
      languages: [],
      medications: [],
      therapies: [],
    });
    expect(groups.map((g) => g.field)).toEqual(['levelsOfCare', 'specialties', 'payment']);
    expect(groups[0]!.terms.map((t) => t.id)).toEqual(['intensive-outpatient', 'residential']);
    expect(groups[0]!.terms[0]!.description).toContain('9 to 19 hours a week');
    expect(groups[1]!.terms[0]!.label).toBe('Veterans');
  });
});

describe('serviceGroups in Spanish', () => {
  it('gives Spanish group words, term labels and hours from the taxonomy', () => {
    const groups = serviceGroups(
      {
        levelsOfCare: ['intensive-outpatient'],
        careFocus: [],
        specialties: [],
        ages: [],
        payment: ['sliding-scale'],
        languages: [],
        medications: [],
        therapies: [],
      },
      'es',
    );
    expect(groups.map((g) => g.label)).toEqual(['Niveles de atención', 'Pago y seguro médico']);
    expect(groups[0]!.terms[0]!.label).toBe('Programa ambulatorio intensivo (IOP)');
    expect(groups[0]!.terms[0]!.description).toMatch(/horas/);
    expect(groups[1]!.terms[0]!.label).toBe('Tarifa según ingresos (escala móvil)');
  });
});

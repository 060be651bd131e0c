import i18next from 'i18next';
import { fieldErrorMessage, type Translate } from '../../apps/web/src/ui/field-errors.ts';

// The default (Dutch) text with {{placeholders}} filled in, as i18next does without a translation.
const t: Translate = (_key, text, options) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(options?.[k]));

// What the API answers for CreateCourseDto: class-validator runs the decorators bottom-up.
const duration = {
  field: 'durationHours',
  codes: ['max', 'min', 'isNumber'],
  messages: [
    'durationHours must not be greater than 200',
    'durationHours must not be less than 0.25',
    'durationHours must be a number conforming to the specified constraints',
  ],
};

describe('fieldErrorText', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'nl', resources: {} });
  });

  it('says only "fill this in" for an empty field, whatever rules failed', () => {
    expect(fieldErrorMessage(t, duration, { value: '' })).toBe('Vul dit veld in.');
    expect(
      fieldErrorMessage(
        t,
        { field: 'title', codes: ['isLength'], messages: ['title must be longer than or equal to 3 characters'] },
        { value: '  ' },
      ),
    ).toBe('Vul dit veld in.');
    expect(
      fieldErrorMessage(
        t,
        { field: 'topics', codes: ['arrayMinSize'], messages: ['topics must contain at least 1 elements'] },
        { value: [] },
      ),
    ).toBe('Vul dit veld in.');
    expect(
      fieldErrorMessage(t, {
        field: 'email',
        codes: ['isNotEmpty', 'isEmail'],
        messages: ['email should not be empty', 'email must be an email'],
      }),
    ).toBe('Vul dit veld in.');
  });

  it('names the one rule that failed with its own bound', () => {
    const tooBig = { field: 'durationHours', codes: ['max'], messages: ['durationHours must not be greater than 200'] };
    const tooSmall = { field: 'durationHours', codes: ['min'], messages: ['durationHours must not be less than 0.25'] };
    expect(fieldErrorMessage(t, tooBig, { value: '300' })).toBe('Vul een getal in van hoogstens 200.');
    expect(fieldErrorMessage(t, tooSmall, { value: '0,1' })).toBe('Vul een getal in van minstens 0,25.');
    // Bound per rule, not the first number of all messages.
    const both = {
      field: 'size',
      codes: ['max', 'min'],
      messages: ['size must not be greater than 200', 'size must not be less than 2'],
    };
    expect(
      fieldErrorMessage(
        t,
        { ...both, codes: ['min', 'max'], messages: [both.messages[1], both.messages[0]] },
        { value: '1' },
      ),
    ).toBe('Vul een getal in van minstens 2.');
  });

  it('says "a number" rather than both bounds when the value is no number', () => {
    expect(fieldErrorMessage(t, duration, { value: 'drie' })).toBe('Vul een getal in, bijvoorbeeld 3 of 3,5.');
  });

  it('calls a short title too short and a long one too long', () => {
    expect(
      fieldErrorMessage(
        t,
        { field: 'title', codes: ['isLength'], messages: ['title must be longer than or equal to 3 characters'] },
        { value: 'ab' },
      ),
    ).toBe('Dit is te kort: gebruik minstens 3 tekens.');
    expect(
      fieldErrorMessage(
        t,
        { field: 'title', codes: ['isLength'], messages: ['title must be shorter than or equal to 200 characters'] },
        { value: 'x'.repeat(201) },
      ),
    ).toBe('Dit is te lang: gebruik hoogstens 200 tekens.');
    expect(
      fieldErrorMessage(
        t,
        { field: 'bio', codes: ['maxLength'], messages: ['bio must be shorter than or equal to 2000 characters'] },
        { value: 'x' },
      ),
    ).toBe('Dit is te lang: gebruik hoogstens 2.000 tekens.');
  });

  it('gives one message, not one per rule', () => {
    const text = fieldErrorMessage(
      t,
      {
        field: 'email',
        codes: ['maxLength', 'isEmail'],
        messages: ['email must be shorter than or equal to 254 characters', 'email must be an email'],
      },
      { value: 'x' },
    );
    expect(text).toBe('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.');
  });

  it('falls back to the API text for a rule it does not know', () => {
    expect(fieldErrorMessage(t, { field: 'x', codes: ['somethingNew'], messages: ['x is odd'] }, { value: 'y' })).toBe(
      'x is odd',
    );
    expect(fieldErrorMessage(t, undefined)).toBeUndefined();
  });
});

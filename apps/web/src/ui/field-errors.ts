import type { FieldError } from '../api/client.ts';
import { formatNumber } from '../format.ts';

/** The translate function of i18next, as far as the wording of field errors needs it. */
export type Translate = (key: string, defaultValue: string, options?: Record<string, unknown>) => string;

/** Nothing filled in: undefined, null, blank text or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

// Which rule speaks when several failed: "missing" first, then "wrong kind", then "out of bounds".
const REQUIRED = ['isDefined', 'isNotEmpty', 'arrayNotEmpty'];
const PRIORITY = [
  ...REQUIRED,
  'whitelistValidation',
  'isStorableText',
  'isString',
  'isNumber',
  'isInt',
  'isBoolean',
  'isArray',
  'isEmail',
  'isUrl',
  'isUuid',
  'isUUID',
  'isDateString',
  'isISO8601',
  'isDate',
  'isIn',
  'isEnum',
  'matches',
  'trustedManager',
  'verificationPassword',
  'isLength',
  'minLength',
  'maxLength',
  'min',
  'max',
  'arrayMinSize',
  'arrayMaxSize',
];

/** The bound a rule names in its own message ("must not be less than 0.25" → "0,25"). */
function boundOf(message: string | undefined): string | undefined {
  const numbers = message?.match(/-?\d+(?:\.\d+)?/g);
  if (!numbers?.length) return undefined;
  return formatNumber(Number(numbers[numbers.length - 1]));
}

/**
 * One message for a field the API refused, in the reader's language: "fill this in" when the
 * field is empty (whatever rules failed on the missing value), otherwise the one rule that
 * matters most, with its own bound. Pass `value` when it is known; without it, emptiness is
 * judged from the rule codes alone.
 */
export function fieldErrorMessage(
  t: Translate,
  error: FieldError | undefined,
  options?: { value: unknown },
): string | undefined {
  if (!error) return undefined;
  const codes = error.codes ?? [];
  const required = t('errors.required', 'Vul dit veld in.');
  if (options && isEmptyValue(options.value) && codes.length) return required;
  if (codes.some((c) => REQUIRED.includes(c))) return required;
  const ordered = [...codes].sort((a, b) => rank(a) - rank(b));
  for (const code of ordered) {
    const text = ruleText(t, code, error.messages[codes.indexOf(code)] ?? '');
    if (text) return text;
  }
  return error.messages.join(' ');
}

function rank(code: string): number {
  const i = PRIORITY.indexOf(code);
  return i < 0 ? PRIORITY.length : i;
}

function ruleText(t: Translate, code: string, message: string): string | undefined {
  const n = boundOf(message);
  switch (code) {
    case 'isEmail':
      return t('errors.email', 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.');
    case 'isNumber':
      return t('errors.number', 'Vul een getal in, bijvoorbeeld 3 of 3,5.');
    case 'isInt':
      return t('errors.int', 'Vul een heel getal in.');
    case 'minLength':
      return n ? t('errors.minLength', 'Dit is te kort: gebruik minstens {{n}} tekens.', { n }) : undefined;
    case 'maxLength':
      return n ? t('errors.maxLength', 'Dit is te lang: gebruik hoogstens {{n}} tekens.', { n }) : undefined;
    case 'isLength':
      return lengthText(t, message);
    case 'min':
      return n ? t('errors.min', 'Vul een getal in van minstens {{n}}.', { n }) : undefined;
    case 'max':
      return n ? t('errors.max', 'Vul een getal in van hoogstens {{n}}.', { n }) : undefined;
    case 'arrayMaxSize':
      return n ? t('errors.arrayMaxSize', 'Kies of vul hoogstens {{n}} waarden in.', { n }) : undefined;
    case 'isDateString':
    case 'isISO8601':
      return t('errors.date', 'Vul een geldige datum en tijd in.');
    case 'isDate':
      return t('errors.day', 'Vul een geldige datum in.');
    case 'isUuid':
    case 'isUUID':
      return t('errors.uuid', 'Vul een geldige id in (36 tekens, zoals 0b6f3c1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b).');
    case 'matches':
      return t('errors.matches', 'Dit heeft niet de goede vorm.');
    case 'arrayMinSize':
      return t('errors.arrayNotEmpty', 'Kies of vul minstens één waarde in.');
    case 'isUrl':
      return t('errors.url', 'Vul een geldig webadres in, beginnend met https://.');
    case 'isIn':
    case 'isEnum':
      return t('errors.isIn', 'Kies een van de mogelijkheden.');
    case 'trustedManager':
      return t(
        'errors.trustedManager',
        'Vul het adres in van een actieve collega van je eigen organisatie die je leidinggevende is (niet jezelf).',
      );
    case 'verificationPassword':
      return t('errors.verificationPassword', 'Dit is niet het wachtwoord dat je koos toen je deze link aanvroeg.');
    case 'isStorableText':
      return t('errors.storableText', 'Dit bevat tekens die we niet kunnen opslaan.');
    default:
      return undefined;
  }
}

/** class-validator's Length says which bound was broken only in its message. */
function lengthText(t: Translate, message: string): string {
  const between = message.match(/between (\d+) and (\d+)/);
  if (between)
    return t('errors.length', 'Gebruik tussen {{min}} en {{max}} tekens.', { min: between[1], max: between[2] });
  const longer = message.match(/longer than or equal to (\d+)/);
  if (longer) return t('errors.minLength', 'Dit is te kort: gebruik minstens {{n}} tekens.', { n: longer[1] });
  const shorter = message.match(/shorter than or equal to (\d+)/);
  if (shorter) return t('errors.maxLength', 'Dit is te lang: gebruik hoogstens {{n}} tekens.', { n: shorter[1] });
  return t('errors.lengthUnknown', 'Deze tekst heeft niet de goede lengte.');
}

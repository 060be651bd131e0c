import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { ApiError, type FieldError } from '../api/client.ts';
import { problemMessage } from '../problems.ts';
import { fieldErrorMessage, type Translate } from './field-errors.ts';

type TFunction = ReturnType<typeof useTranslation>['t'];

/**
 * The API's field error in the reader's language, one message: "fill this in" when the field is
 * empty, else the rule that failed with its own bound (see field-errors.ts).
 */
export function fieldErrorText(
  t: TFunction,
  error: FieldError | undefined,
  options?: { value: unknown },
): string | undefined {
  return fieldErrorMessage(t as unknown as Translate, error, options);
}

/** Form state with the API's problem answer mapped onto the fields. */
export function useApiForm<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value }));

  /** Runs the form's action; a refusal lands on the fields and in the summary, never as an unhandled rejection. */
  function submit(event: { preventDefault(): void } | null, action: () => Promise<void>): void {
    event?.preventDefault();
    void run(action);
  }
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setErrors({});
    setProblem(null);
    try {
      await action();
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(e.fieldErrors);
        setProblem(e);
        // Move focus to the first invalid field so keyboard and screen-reader users land on it.
        const first = e.problem.errors?.[0]?.field;
        requestAnimationFrame(() => {
          const el = first
            ? document.querySelector<HTMLElement>(`[name="${CSS.escape(first.split(/[.[]/)[0])}"]`)
            : null;
          (el ?? document.getElementById('form-problem'))?.focus();
        });
      } else {
        setProblem(new ApiError({ status: 0, detail: String(e) }));
      }
    } finally {
      setBusy(false);
    }
  }
  return { values, set, setValues, errors, problem, busy, submit };
}

/** Summary above a form when the API refused it. */
export function FormProblem({ problem }: { problem: ApiError | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const hasFields = (problem.problem.errors?.length ?? 0) > 0;
  return (
    <div id="form-problem" tabIndex={-1}>
      <Alert type="error">
        <Paragraph>
          {hasFields && !problemMessage(problem.problem.code ?? '')
            ? t('errors.checkFields', 'Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.')
            : problemText(t, problem)}
        </Paragraph>
      </Alert>
    </div>
  );
}

export function problemText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.network', 'Er ging iets mis. Probeer het opnieuw.');
  const { status, code, detail } = error.problem;
  const known = code ? problemMessage(code) : undefined;
  if (known) return known;
  if (status === 404) return t('errors.notFound', 'Dit bestaat niet (meer).');
  if (status === 403) return t('errors.forbidden', 'Je hebt geen toegang tot dit onderdeel.');
  if (status === 401) return t('errors.unauthenticated', 'Log opnieuw in om verder te gaan.');
  if (status >= 500 || status === 0)
    return t('errors.server', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  return detail ?? t('errors.network', 'Er ging iets mis. Probeer het opnieuw.');
}

interface BaseFieldProps {
  label: string;
  name: string;
  error?: FieldError;
  /** What is filled in now: an empty field's error is always "fill this in". */
  value?: unknown;
  description?: ReactNode;
  required?: boolean;
}

/** Ids for a field, its description and its error, and the aria-describedby that joins them. */
function useField(props: BaseFieldProps) {
  const { t } = useTranslation();
  const id = `${props.name}-${useId().replace(/:/g, '')}`;
  const ids = { id, descId: `${id}-desc`, errId: `${id}-err` };
  const errorText = fieldErrorText(t, props.error, 'value' in props ? { value: props.value } : undefined);
  const describedBy =
    [props.description ? ids.descId : '', errorText ? ids.errId : ''].filter(Boolean).join(' ') || undefined;
  return { ids, errorText, describedBy };
}

function FieldShell({
  id,
  descId,
  errId,
  label,
  description,
  errorText,
  required,
  children,
}: BaseFieldProps & { id: string; descId: string; errId: string; errorText?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <FormField invalid={!!errorText} className="c-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {!required && <span className="c-optional"> ({t('common.optional', 'niet verplicht')})</span>}
        </FormLabel>
      </div>
      {description && <FormFieldDescription id={descId}>{description}</FormFieldDescription>}
      {errorText && <FormFieldErrorMessage id={errId}>{errorText}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export function TextField(
  props: BaseFieldProps & {
    value: string;
    onChange(value: string): void;
    type?: string;
    autoComplete?: string;
    inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
    min?: string;
  },
) {
  const { ids, errorText, describedBy } = useField(props);
  return (
    <FieldShell {...props} {...ids} errorText={errorText}>
      <Textbox
        id={ids.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        min={props.min}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        invalid={!!errorText}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        aria-required={props.required || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldShell>
  );
}

/**
 * A number field that takes Dutch and English notation alike ("3,5" and "3.5"). Keep the text in
 * form state; show a stored number with formatNumberInput(n) and send parseNumber(text) (format.ts),
 * which is undefined for an empty field and NaN for text that is no number.
 */
export function NumberField(
  props: BaseFieldProps & { value: string; onChange(value: string): void; decimals?: boolean },
) {
  return <TextField {...props} inputMode={props.decimals ? 'decimal' : 'numeric'} autoComplete="off" />;
}

export function TextAreaField(props: BaseFieldProps & { value: string; onChange(value: string): void; rows?: number }) {
  const { ids, errorText, describedBy } = useField(props);
  return (
    <FieldShell {...props} {...ids} errorText={errorText}>
      <Textarea
        id={ids.id}
        name={props.name}
        rows={props.rows ?? 4}
        value={props.value}
        invalid={!!errorText}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        aria-required={props.required || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldShell>
  );
}

/**
 * A select of the API's values: `onChange` gets the chosen option's value, or '' for the
 * placeholder (so a select with a placeholder takes V | '').
 */
export function SelectField<V extends string>(
  props: BaseFieldProps & {
    value: V | '';
    onChange(value: V): void;
    options: { value: V; label: string }[];
    placeholder?: string;
  },
) {
  const { ids, errorText, describedBy } = useField(props);
  return (
    <FieldShell {...props} {...ids} errorText={errorText}>
      <Select
        id={ids.id}
        name={props.name}
        value={props.value}
        invalid={!!errorText}
        aria-describedby={describedBy}
        onChange={(e) => {
          // Only the options (and the placeholder's '') can be chosen.
          props.onChange(e.target.value as V);
        }}
      >
        {props.placeholder !== undefined && <SelectOption value="">{props.placeholder}</SelectOption>}
        {props.options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FieldShell>
  );
}

export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  error,
  description,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: FieldError;
  description?: ReactNode;
}) {
  const { ids, errorText } = useField({ label, name, error, description });
  return (
    <FormField type="checkbox" invalid={!!errorText} className="c-field c-field--checkbox">
      <div className="c-checkbox">
        <Checkbox
          id={ids.id}
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={
            description || errorText
              ? `${description ? ids.descId : ''} ${errorText ? ids.errId : ''}`.trim()
              : undefined
          }
        />
        <FormLabel htmlFor={ids.id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {description && <FormFieldDescription id={ids.descId}>{description}</FormFieldDescription>}
      {errorText && <FormFieldErrorMessage id={ids.errId}>{errorText}</FormFieldErrorMessage>}
    </FormField>
  );
}

/** Group of checkboxes for a multi-valued field (formats, languages). */
export function CheckboxGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  options: { value: V; label: string }[];
  value: V[];
  onChange: (v: V[]) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation();
  const errorText = fieldErrorText(t, error, { value });
  const errId = `${name}-group-err`;
  return (
    <fieldset
      className="utrecht-form-fieldset c-fieldset"
      aria-describedby={errorText ? errId : undefined}
      aria-invalid={errorText ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {errorText && <FormFieldErrorMessage id={errId}>{errorText}</FormFieldErrorMessage>}
      {options.map((o, i) => (
        <div className="c-checkbox" key={o.value}>
          <Checkbox
            id={`${name}-${o.value}`}
            name={i === 0 ? name : `${name}-${o.value}`}
            checked={value.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          <FormLabel htmlFor={`${name}-${o.value}`} type="checkbox">
            {o.label}
          </FormLabel>
        </div>
      ))}
    </fieldset>
  );
}

/** Comma-separated list input, e.g. expertise tags or topics. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

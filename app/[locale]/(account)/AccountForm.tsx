'use client';

import {useActionState} from 'react';
import type {AccountFormState} from './formState';

interface Field {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  hint?: string;
}

export function AccountForm(props: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
  fields: Field[];
  hidden: Record<string, string>;
  submit: string;
  lang: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, {error: null});
  return (
    <form action={formAction} className="account-form" noValidate>
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.fields.map((field) => {
        const invalid = state.error !== null && state.field === field.name;
        const described = [field.hint && `${field.name}-hint`, invalid && 'account-error'].filter(Boolean).join(' ');
        return (
          <div key={field.name} className="account-field">
            <label>
              {field.label}
              {/* React resets a form after its action; the value comes back through defaultValue
                  (never the password), and the key makes the input take it. */}
              <input
                key={`${field.name}:${state.values?.[field.name] ?? ''}`}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                defaultValue={field.type === 'password' ? undefined : state.values?.[field.name]}
                aria-invalid={invalid || undefined}
                aria-describedby={described || undefined}
                autoFocus={invalid}
                required
              />
            </label>
            {field.hint && (
              <small id={`${field.name}-hint`} lang={props.lang}>
                {field.hint}
              </small>
            )}
          </div>
        );
      })}
      {state.error && (
        <p role="alert" id="account-error" className="form-error" lang={props.lang}>
          {state.message}
        </p>
      )}
      {!state.error && state.notice && (
        <p role="status" className="form-notice" lang={props.lang}>
          {state.notice}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {props.submit}
      </button>
    </form>
  );
}

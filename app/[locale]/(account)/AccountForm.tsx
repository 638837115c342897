'use client';

import {useActionState} from 'react';
import type {AccountFormState} from './actions';

interface Field { name: string; label: string; type: 'text' | 'email' | 'password'; autoComplete: string }

export function AccountForm(props: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
  fields: Field[];
  hidden: Record<string, string>;
  submit: string;
  errors: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(props.action, {error: null});
  return (
    <form action={formAction} className="account-form">
      {Object.entries(props.hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {props.fields.map((field) => (
        <label key={field.name}>
          {field.label}
          <input name={field.name} type={field.type} autoComplete={field.autoComplete} required />
        </label>
      ))}
      {state.error && <p role="alert" className="form-error">{props.errors[state.error] ?? props.errors.invalidInput}</p>}
      <button type="submit" disabled={pending}>{props.submit}</button>
    </form>
  );
}

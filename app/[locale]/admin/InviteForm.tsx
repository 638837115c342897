'use client';

import {useActionState} from 'react';
import type {AdminFormState} from './actions';

export function InviteForm(props: {
  action: (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
  locale: string;
  labels: {email: string; role: string; invite: string; link: string; roles: Record<string, string>};
  errors: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(props.action, {error: null});
  return (
    <form action={formAction} className="invite-form">
      <input type="hidden" name="locale" value={props.locale} />
      <label>
        {props.labels.email} <input name="email" type="email" required autoComplete="off" />
      </label>
      <label>
        {props.labels.role}{' '}
        <select name="role" defaultValue="editor">
          {Object.entries(props.labels.roles).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending}>
        {props.labels.invite}
      </button>
      {state.error && (
        <p role="alert" className="form-error">
          {props.errors[state.error] ?? props.errors.invalidInput}
        </p>
      )}
      {state.link && (
        <label className="invite-link">
          {props.labels.link} <input readOnly value={state.link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </form>
  );
}

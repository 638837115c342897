'use client';

import {useActionState} from 'react';
import type {AdminFormState} from './actions';

export function RoleForm(props: {
  action: (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
  locale: string;
  userId: string;
  role: string;
  labels: {role: string; change: string; saved: string; roles: Record<string, string>};
  errors: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(props.action, {error: null});
  return (
    <form action={formAction} className="role-form">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="userId" value={props.userId} />
      <select name="role" defaultValue={props.role} aria-label={props.labels.role}>
        {Object.entries(props.labels.roles).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending}>
        {props.labels.change}
      </button>
      <span role="status">
        {state.error ? (
          <span className="form-error">{props.errors[state.error] ?? props.errors.invalidInput}</span>
        ) : state.saved ? (
          props.labels.saved
        ) : null}
      </span>
    </form>
  );
}

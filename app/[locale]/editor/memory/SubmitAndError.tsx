/** A memory form's submit button and, after a refusal, its message. */
export function SubmitAndError({pending, submit, error}: {pending: boolean; submit: string; error: string | null}) {
  return (
    <>
      <button type="submit" disabled={pending}>
        {submit}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}

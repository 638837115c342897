// A cookie that says only "someone may be signed in on this browser": the header asks for the session
// only then (app/[locale]/AccountStatus.tsx). Not a credential: the session cookie stays HttpOnly.
export const signedInHintCookie = 'selaras-signed-in';
export const signedInHintLifetime = 30 * 24 * 3600;

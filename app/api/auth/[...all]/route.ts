import {toNextJsHandler} from 'better-auth/next-js';
import {auth} from '@/server/accounts/currentUser';

// better-auth's own endpoints (sign-in, sign-up, sign-out, session) for clients outside the UI.
export const GET = (request: Request) => toNextJsHandler(auth()).GET(request);
export const POST = (request: Request) => toNextJsHandler(auth()).POST(request);
